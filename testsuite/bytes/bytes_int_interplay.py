# Converting between bytes and ints.
n = 0x12345678
print(n.to_bytes(4, "big"), n.to_bytes(4, "little"), int.from_bytes(n.to_bytes(4, "big"), "big") == n)
data = b"\x01\x02\x03\x04"
print(sum(data), max(data), data[1] << 8 | data[0], [hex(x) for x in data])
print(bytes([x ^ 0xFF for x in data]), bytes(x for x in range(65, 70)))
word = (data[0] << 24) | (data[1] << 16) | (data[2] << 8) | data[3]
print(word, hex(word))
