# Building binary data incrementally.
out = bytearray()
for i in range(5):
    out.append(i * 3)
    out += bytes([0xAA])
print(out.hex(), len(out))
chunks = [b"ab", b"", b"cde"]
print(b"".join(chunks), b"|".join(chunks))
checksum = 0
for byte in b"The quick brown fox":
    checksum = (checksum * 31 + byte) & 0xFFFFFFFF
print(checksum)
