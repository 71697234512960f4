# Register-style bit manipulation, as firmware code does it.
class Register:
    def __init__(self, name, width=32):
        self.name, self.width, self.value = name, width, 0
        self.mask = (1 << width) - 1
    def set_bits(self, mask):
        self.value = (self.value | mask) & self.mask
    def clear_bits(self, mask):
        self.value &= ~mask & self.mask
    def field(self, shift, width):
        return (self.value >> shift) & ((1 << width) - 1)
    def set_field(self, shift, width, v):
        m = ((1 << width) - 1) << shift
        self.value = (self.value & ~m) | ((v << shift) & m)
    def __repr__(self):
        return f"{self.name}=0x{self.value:0{self.width // 4}X}"
rcc = Register("RCC_CR")
rcc.set_bits(1 << 16)
rcc.set_bits(1 << 24)
rcc.set_field(3, 5, 0b10110)
print(rcc, rcc.field(16, 1), rcc.field(3, 5), bin(rcc.value))
rcc.clear_bits(1 << 16)
print(rcc)
def reverse_bits(x, width=32):
    r = 0
    for _ in range(width):
        r = (r << 1) | (x & 1)
        x >>= 1
    return r
def popcount(x):
    c = 0
    while x:
        x &= x - 1
        c += 1
    return c
def crc8(data, poly=0x07):
    crc = 0
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = ((crc << 1) ^ poly) & 0xFF if crc & 0x80 else (crc << 1) & 0xFF
    return crc
print(hex(reverse_bits(1)), hex(reverse_bits(0x12345678)), popcount(0xFFFF), popcount(2 ** 40 - 1))
print(hex(crc8(b"123456789")), crc8(b""), hex(crc8(b"pyrite")))
gray = [i ^ (i >> 1) for i in range(8)]
print([f"{g:03b}" for g in gray])
