# Integer literals in every base, with underscores.
print(0, 7, 1_000_000, 0b1011, 0B11, 0o17, 0O777, 0xff, 0XAB, 0x_dead_beef)
print(0b_1_0, 0o_1_0, 0x_1_0)
print(123456789012345678901234567890)
print(0xFFFFFFFFFFFFFFFFFFFFFFFF)
print(-0, -1, --1, -(-5), +3)
print(00, 0_0)
print(type(10**30).__name__, type(0x7fffffff).__name__)
for text in ["1__0", "0x", "1_", "08", "0b2", "0o8"]:
    try:
        eval(text)
        print(text, "accepted")
    except SyntaxError as e:
        print(text, "SyntaxError")
