# repr, str, format, ascii of built-in values.
vals = [1, -2.5, "s", b"b", None, True, [1, "x"], (1,), {"k": [1]}, range(2), 10 ** 20, ...]
for v in vals:
    print(repr(v), str(v), format(v) if not isinstance(v, (list, tuple, dict, range, type(...))) else "-")
print(ascii("é☃"), ascii(["ü"]), format(3.5, "08.3f"), format("x", "<3") + "|")
try:
    format(1, "Q")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format([], "d")
except TypeError as e:
    print(type(e).__name__, e)
