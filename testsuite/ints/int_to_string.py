# str, repr, hex, oct, bin and formatting of ints.
for n in [0, 1, -1, 255, -255, 2 ** 40, -(2 ** 70)]:
    print(str(n), repr(n), hex(n), oct(n), bin(n))
print(format(255, "x"), format(255, "X"), format(255, "#010b"), format(-42, "o"))
print(format(1234567, ","), format(1234567, "_"), format(-1234567, "+,"), format(255, "_x"))
print(f"{42:08d}|{42:<6}|{42:>6}|{42:^6}|{-42:=8}|{42: }|")
print(format(10 ** 25, ","), format(5, "e"), format(5, "f"), format(5, "%"))
print("%d %5d %-5d| %05d %x %X %o %+d" % (42, 42, 42, 42, 255, 255, 8, 3))
