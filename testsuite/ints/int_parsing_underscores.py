# int() accepts underscores between digits in every base, and whitespace around.
for text, base in [("1_000", 10), ("0x_ff", 0), ("ff_ff", 16), ("0b_1010_1010", 0), ("7_7", 8), ("  -1_2  ", 10), ("Z_Z", 36)]:
    print(repr(text), base, int(text, base))
for text in ["_1", "1_", "1__2", "0_x1"]:
    try:
        int(text, 0)
    except ValueError as e:
        print(type(e).__name__, e)
