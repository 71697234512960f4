# Decimal text to float must be correctly rounded: random literals of every length and
# exponent range, exact halfway points between neighbouring floats (ties go to the even one)
# and their near neighbours, subnormals and the overflow edge. Results are summarised as
# CRC-32s of the reprs (and of the raw bits) per group, with a few printed in full.
import binascii
import struct

state = 12345

def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n

def digits(count):
    return "".join([str(rand(10)) for _ in range(count)])

class Summary:
    """CRC-32s of the reprs and of the raw bits of float(text), one text at a time (a board's
    heap does not hold all the texts at once)."""

    def __init__(self, name):
        self.name, self.count, self.reprs, self.bits = name, 0, 0, 0

    def add(self, text):
        value = float(text)
        self.count += 1
        self.reprs = binascii.crc32((repr(value) + " ").encode(), self.reprs)
        self.bits = binascii.crc32(struct.pack("<d", value), self.bits)

    def show(self):
        print(self.name, self.count, self.reprs, self.bits)

# Random decimal literals: 1-25 digits, a point somewhere, exponents across the range.
for low, high in ((-20, 20), (-330, -280), (280, 320), (-200, 200)):
    group = Summary("random %d..%d" % (low, high))
    for _ in range(400):
        body = digits(1 + rand(25))
        point = rand(len(body) + 1)
        group.add(body[:point] + "." + body[point:] + "e" + str(low + rand(high - low)))
    group.show()

# Long literals: 30-60 digits.
group = Summary("long")
for _ in range(200):
    group.add(digits(30 + rand(30)) + "e" + str(rand(40) - 60))
group.show()

# Halfway points m.5 ulp between two floats, and just above and below them.
halves, above, below = Summary("halfway"), Summary("above halfway"), Summary("below halfway")
for _ in range(300):
    mantissa = 2 ** 52 + rand(2 ** 30) * 2 ** 22 + rand(2 ** 22)
    exponent = rand(200) - 100
    odd = 2 * mantissa + 1
    if exponent - 1 >= 0:
        text = str(odd * 2 ** (exponent - 1))
        halves.add(text)
        above.add(text + ".000000000000000000001")
        below.add(str(odd * 2 ** (exponent - 1) - 1) + ".999999999999999999999")
    else:
        scaled = str(odd * 5 ** (1 - exponent))
        power = str(exponent - 1)
        halves.add(scaled + "e" + power)
        above.add(scaled + "0000000000000000001e" + str(exponent - 20))
        below.add(str(int(scaled) - 1) + "9999999999999999999e" + str(exponent - 20))
halves.show()
above.show()
below.show()

# Edges printed in full.
for text in ("0.1", "1e23", "8.98846567431158e307", "1.7976931348623157e308",
             "1.7976931348623158e308", "1.7976931348623159e308", "1e309", "2e-323",
             "4.9406564584124654e-324", "2.4703282292062327e-324",
             "2.4703282292062328e-324", "2.2250738585072011e-308", "2.2250738585072014e-308",
             "9007199254740993", "9007199254740995", "0." + "0" * 400 + "1e400",
             "1" + "0" * 400 + "e-400", "123456789012345678901234567890e-50", "1e-400",
             "0e999999999", "1_000.000_5", ".5e1", "5.e-1"):
    print(text[:40], repr(float(text)))
print(1e23, 8.98846567431158e307, 2.4703282292062328e-324, 0.1 + 0.2, 1_0.0_1e-1_0)
