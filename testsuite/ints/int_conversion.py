# int() from strings, floats and other types.
print(int("42"), int("-17"), int("  +8  "), int("1_000"), int("0"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("z", 36), int("10", 2), int("777", 8), int("-0x1A", 0))
print(int(3.9), int(-3.9), int(1e20), int(True), int(False))
print(int("123456789012345678901234567890"))
print(int(), int(0.0), int(-0.5))
for bad in ["", "1.5", "abc", "1__0", "0x", "12a", " ", "٣" if False else "1e3"]:
    try:
        int(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in [(None,), ([1],), ("10", 99), ("10", 1)]:
    try:
        int(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for bad in [float("inf"), float("nan")]:
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
class HasInt:
    def __int__(self):
        return 7
class HasIndex:
    def __index__(self):
        return 9
print(int(HasInt()), int(HasIndex()))
