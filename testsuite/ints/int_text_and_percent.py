# int() of plain decimal text and %-formatting of ints of every size: the machine-word fast
# paths and the big-int ones must agree with CPython at their edges.
for s in ["0", "-0", "+7", " 42 ", "\t-123\n", "000123", "123456789012345678", "1234567890123456789", "-9223372036854775808", "1_000", " 1 2", "", "+", "٣", "12a", "0x10"]:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), e)
for v in [0, 5, -5, 255, -255, 2**40, -(2**63), 2**64, -(2**70)]:
    print("%d %i %u %o %x %X %5d %-5d| %05d %+d % d %#o %#x %.3d %10.4x" % ((v,) * 15))
print(str(2**64), repr(-(2**64)), hex(2**65), oct(-(2**66)), bin(2**64), "{:,}".format(2**64), format(-(2**63), "x"))
