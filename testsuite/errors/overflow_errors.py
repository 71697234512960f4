# OverflowError from float conversion and range-limited operations.
cases = [lambda: float(10 ** 400), lambda: int(float("inf")), lambda: 10 ** 400 / 7, lambda: (2 ** 64).to_bytes(8, "big")]
for case in cases:
    try:
        case()
    except OverflowError as e:
        print(type(e).__name__, e)
# Float power overflow: the message comes from the platform's libm, so only the type is checked.
for case in [lambda: 10.0 ** 400, lambda: 2.0 ** 10000, lambda: 1.5 ** 5000]:
    try:
        case()
    except OverflowError as e:
        print(type(e).__name__)
