# TypeError messages from operators on mismatched types.
cases = [
    lambda: 1 + "a", lambda: "a" + 1, lambda: [1] + (1,), lambda: 1 - "x", lambda: "a" * "b",
    lambda: None + 1, lambda: {} + {}, lambda: -"s", lambda: ~1.5, lambda: 1 < None, lambda: [] > (),
    lambda: 2 ** "x", lambda: "a" % 5 if False else 5 % "a", lambda: 1 @ 2, lambda: 1 << 1.0, lambda: 1.5 & 1,
]
for case in cases:
    try:
        case()
    except TypeError as e:
        print(type(e).__name__, e)
