# ord and chr across the Unicode range.
print(ord("a"), ord("é"), ord("☃"), ord("😀"), ord("\x00"))
print(chr(97), chr(233), chr(9731), chr(128512), repr(chr(0)), repr(chr(0x10FFFF)))
for bad in [-1, 0x110000]:
    try:
        chr(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in ["", "ab"]:
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(all(ord(chr(i)) == i for i in range(0, 0x3000, 7)))
