# chr, ord, hex, oct, bin and their round trips.
for n in [0, 7, 255, -255, 2 ** 33, -(2 ** 70)]:
    print(hex(n), oct(n), bin(n), int(hex(n), 16) == n, int(oct(n), 8) == n, int(bin(n), 2) == n)
print(chr(65) + chr(0x263A), ord("A"), ord(b"A"), ord(bytearray(b"z")))
class Idx:
    def __index__(self):
        return 10
print(hex(Idx()), bin(Idx()), oct(Idx()))
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
