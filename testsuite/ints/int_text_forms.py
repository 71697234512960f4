# int() of text in every base, with underscores, whitespace and CPython's error messages.
print(int("42"), int("  -17  "), int("+5"), int("1_000_000"), int("0x1F", 16), int("0o17", 8), int("0b101", 2))
print(int("0x1F", 0), int("0o17", 0), int("0b101", 0), int("z", 36), int("Z", 36), int("10", 2), int("-ff", 16))
print(int("0", 0), int("00", 0), int("٣٤"), int(b"12"), int(bytearray(b" 7 ")), int("1" * 30))
print(int(3.99), int(-3.99), int(True), int("7", base=10), int(x="12") if False else 0)
for bad in ["", " ", "1__0", "_1", "1_", "0x", "12a", "1.5", "08", "0b2", "--1", "１２x"]:
    try:
        print(int(bad, 0 if bad in ("08", "0b2", "0x") else 10))
    except ValueError as e:
        print(type(e).__name__, e)
for args in [("10", 1), ("10", 37), ("10", -1)]:
    try:
        int(*args)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in [None, [1], 1.5j if False else {}, "5"]:
    try:
        print(int(bad, 10) if isinstance(bad, str) is False and bad == "x" else int(bad))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
