# Ints beyond the small-int range that fit in 64 bits (held in the heap slot itself) and
# those either side of it: arithmetic, hashing, keys, text, conversions and subclasses.
import sys
vals = [2**30, -2**30-1, 2**31, 2**62, 2**63-1, -2**63, 2**63, -2**63-1, 0xFFFFFFFF]
for v in vals:
    print(v, hash(v), v + 1, v - 1, v * 3, v // 7, v % 7, -v, abs(v), v >> 3, v << 3, v & 0xFF, v | 1, v ^ -1, ~v, bool(v), str(v), repr(v), float(v), v.bit_length(), int(str(v)) == v, {v: 1}[v], v == float(v), divmod(v, 5), pow(v, 2), v.to_bytes(9, 'little', signed=True))
d = {2**40: 'a'}
print(d[2**40], 2**40 in {2**40}, (2**40).__hash__() == hash(2**40), isinstance(2**40, int), type(2**40))
import json
print(json.dumps([2**40, -2**40, 2**70]), json.loads("[1099511627776]"))
print(f"{2**40:,} {2**40:x} {2**40:e} {2**40!r}", "%d %x" % (2**40, 2**40))
x = 2**40
x += 1
print(x, x.real, x.imag, x.numerator, x.denominator, x.conjugate(), int.__add__(x, 1))
print(sorted([2**40, 2**31, -2**35, 5]), max(2**40, 2**41), min(range(2**40, 2**40 + 5)))
print(sum([2**40] * 10), 2**40 / 3, round(2**40, -3), (2**40).as_integer_ratio())
class I(int): pass
print(I(2**40) + 1, type(I(2**40)), I(2**40) == 2**40, hash(I(2**40)) == hash(2**40))
import struct
print(struct.unpack('<I', b'\xff\xff\xff\xff'), struct.unpack('<q', b'\x00' * 7 + b'\x80'))
print(list(range(2**40, 2**40 + 3)), range(2**40)[-1], 2**40 in range(2**41))
