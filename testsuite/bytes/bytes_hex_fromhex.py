# hex() and fromhex().
b = bytes([0, 15, 16, 255, 171])
print(b.hex(), b.hex(":"), b.hex("-", 2), bytes.fromhex("00 0f10ff ab"), bytes.fromhex(""))
print(bytearray.fromhex("dead beef"), bytearray(b"\x01\x02").hex())
for bad in ["0", "zz", "0g"]:
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print(type(e).__name__, e)
