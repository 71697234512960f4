# binascii: base64 of every padding length, hex with separators, crc32 chaining.
import binascii
for n in range(6):
    data = bytes(range(65, 65 + n))
    enc = binascii.b2a_base64(data)
    print(n, enc, binascii.a2b_base64(enc) == data)
print(binascii.hexlify(b"\xde\xad\xbe\xef", ":", 2), binascii.b2a_hex(b"\x0a"), binascii.a2b_hex(b"0A"))
crc = 0
for chunk in [b"The ", b"quick ", b"brown fox"]:
    crc = binascii.crc32(chunk, crc)
print(crc == binascii.crc32(b"The quick brown fox"), crc)
