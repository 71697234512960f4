# Float digit generation over many values: repr (shortest round-trip, nearest, ties to even)
# and correctly rounded fixed digit counts (%f, %e, %g, format specs), including powers of
# two (uneven rounding gaps), subnormals, halfway cases and values needing long digit strings.
import struct

state = 12345


def next_bits():
    # 64-bit linear congruential generator (Knuth's MMIX constants)
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
    return state


def from_bits(bits):
    return struct.unpack("<d", struct.pack("<Q", bits))[0]


values = []
for _ in range(60):
    x = from_bits(next_bits() & 0x7FFFFFFFFFFFFFFF)
    if x == x and x != float("inf"):
        values.append(x)
for _ in range(30):
    bits = next_bits()
    values.append((bits % 10**8) / 10 ** (bits % 9) + 0.0005)
for k in range(-1074, 1024, 53):
    values.append(2.0**k)
values += [0.0, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308, 0.5, 0.125,
           0.375, 2.5, 1e16, 1e22, 1e23, 9.5, 0.15, 1.5e-5, 9.999999999999999e22,
           123456789012345678.0, 2.0**63, 0.1 + 0.2, 1 / 3]

for x in values:
    for y in (x, -x):
        print(repr(y), "%.0f" % y, "%.3f" % y, "%.17f" % y, "%e" % y, "%.0e" % y,
              "%.16e" % y, "%.30e" % y, "%g" % y, "%.17g" % y, "%#.0f" % y,
              format(y, ".12"), format(y, ".1"), format(y, ".2%"))
