# binascii.crc_hqx: CRC-CCITT (XMODEM from 0, CCITT-FALSE from 0xFFFF) over bytes-like data; the
# starting value keeps its low bits; both arguments required.
import binascii
print(binascii.crc_hqx(b"123456789", 0), binascii.crc_hqx(b"123456789", 0xFFFF))
print(binascii.crc_hqx(b"", 0x1234), binascii.crc_hqx(b"\x00\xff" * 40, -1), binascii.crc_hqx(bytearray(b"ab"), 2**40 + 5))
print(binascii.crc_hqx(memoryview(b"xyz"), 7))
for bad in [lambda: binascii.crc_hqx(b"a"), lambda: binascii.crc_hqx("a", 0), lambda: binascii.crc_hqx(b"a", 1.5)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError")
