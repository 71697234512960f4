# The format mini-language for ints: every type letter with fill, align, sign, '#', '0', width, grouping.
values = [0, 7, -7, 255, -4096, 1234567, 2 ** 40]
specs = ["", "d", "5d", "<6d", "^7d", ">+8d", "=+8d", " d", "-d", "08d", "+08d", ",d", "_d", "12,d", "012,d",
         "b", "#b", "o", "#o", "x", "#x", "X", "#X", "_x", "#_b", "*^10", "n", "e", ".2f", "%", "g"]
for v in values:
    print(v, [format(v, s) for s in specs])
print([format(c, "c") for c in (65, 0x263A)], format(65, "^5c"))
for bad in [(5, ".2d"), (5, "s"), (5, ",b"), (-1, "c"), (5, "z")]:
    try:
        print(format(*bad))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
