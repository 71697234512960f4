# Case methods and case properties over every code point, in blocks of 4096: one CRC-32 per
# method per block, so a single wrong character shows up as a changed line. Characters are
# space-separated so that each is mapped on its own; the final-sigma rule gets its own strings
# ("AxΣ" and "AΣx" for every x).
import binascii

def crc(text):
    return binascii.crc32(text.encode())

def flags(chars, test):
    return "".join(["1" if test(c) else "0" for c in chars])

for block in range(0, 0x110000, 0x1000):
    chars = [chr(c) for c in range(block, block + 0x1000) if not 0xD800 <= c < 0xE000]
    if not chars:
        continue
    spaced = " ".join(chars)
    sigma = " ".join(["A" + c + "Σ " + "AΣ" + c for c in chars])
    print(
        hex(block),
        crc(spaced.lower()),
        crc(spaced.upper()),
        crc(spaced.title()),
        crc(spaced.casefold()),
        crc(spaced.swapcase()),
        crc(spaced.capitalize()),
        crc(sigma.lower()),
        crc(sigma.title()),
        crc(flags(chars, str.islower)),
        crc(flags(chars, str.isupper)),
        crc(flags(chars, str.istitle)),
    )
# Whole-string rules: a cased run, then the predicates over mixed strings.
print("ǅungla ΣΑΣ ΌΣΟΣ Σ.".lower(), "ǆUNGLA".title(), "ßtraße ǳ".capitalize())
print("ǅ".isupper(), "ǅ".islower(), "ǅ".istitle(), "Ǆa".istitle(), "ǅa".istitle())
