# Assorted built-in error messages.
cases = [
    lambda: [1, 2, 3][::0], lambda: "abc".center("x"), lambda: (1, 2).count(), lambda: {}.get(),
    lambda: "x" * -1 + "ok", lambda: int("9" * 3, 8), lambda: next(iter([])), lambda: {}.fromkeys(5),
    lambda: dict([1, 2]), lambda: dict([(1, 2, 3)]), lambda: list(zip([1], strict=1) if False else 0),
]
for case in cases:
    try:
        print("ok:", case())
    except Exception as e:
        print(type(e).__name__, e)
