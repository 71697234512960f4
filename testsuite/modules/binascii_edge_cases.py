# binascii: strict base64, invalid lengths, separators from the left, str input, crc32 wrap.
import binascii
print(binascii.hexlify(b"\x01\x02\x03\x04\x05", b" ", -2), binascii.hexlify(b"\x01\x02\x03", "_", 2), binascii.hexlify(b""))
print(binascii.a2b_base64(b"YW Jj\nZA=="), binascii.a2b_base64("Y!W*J$j"), binascii.a2b_base64(b"YWI=garbage"), binascii.a2b_base64(b""))
print(binascii.crc32(b"abc", -1), binascii.crc32(b"abc", 2 ** 32 + 5), binascii.crc32(bytearray(b"x")), binascii.crc32(memoryview(b"x")))
print(binascii.b2a_base64(bytes(range(250, 256)), newline=False), binascii.unhexlify(bytearray(b"FFfe")))
for bad in [lambda: binascii.a2b_base64(b"YWJjZ"), lambda: binascii.a2b_base64(b"YW=", strict_mode=True),
            lambda: binascii.a2b_base64(b"=YWJj", strict_mode=True), lambda: binascii.a2b_base64(b"YW!j", strict_mode=True),
            lambda: binascii.a2b_base64(b"YWI=YQ==", strict_mode=True), lambda: binascii.hexlify(b"ab", "--"),
            lambda: binascii.unhexlify("é0"), lambda: binascii.hexlify("str"), lambda: binascii.b2a_base64("s"),
            lambda: binascii.crc32("s")]:
    try:
        print("ok", bad())
    except (binascii.Error, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(issubclass(binascii.Error, ValueError))
