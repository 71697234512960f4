# binascii: hexlify, unhexlify, base64, crc32.
import binascii
print(binascii.hexlify(b"\x00\xffabc"), binascii.hexlify(b"\x01\x02", "-"), binascii.unhexlify(b"48656c6c6f"), binascii.unhexlify("4a4B"))
print(binascii.b2a_base64(b"hello"), binascii.b2a_base64(b"hi", newline=False), binascii.a2b_base64(b"aGVsbG8=\n"))
print(binascii.b2a_base64(b""), binascii.b2a_base64(bytes(range(8))), binascii.a2b_base64("AAECAwQFBgc="))
print(binascii.crc32(b"hello"), binascii.crc32(b""), binascii.crc32(b"world", binascii.crc32(b"hello ")) == binascii.crc32(b"hello world"))
print(hex(binascii.crc32(b"123456789")))
for bad in [b"abc", b"zz"]:
    try:
        binascii.unhexlify(bad)
    except (binascii.Error, ValueError) as e:
        print(type(e).__name__)
try:
    binascii.a2b_base64(b"abc")
except binascii.Error as e:
    print(type(e).__name__, e)
