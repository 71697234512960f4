# The format mini-language for floats.
values = [0.0, -0.0, 1.5, -2.25, 1234.5678, 1e-7, 6.02e23, float("inf"), float("-inf"), float("nan")]
specs = ["", "f", ".0f", ".3f", "10.2f", "<10.1f", "^10.1f", "+.2f", " .2f", "010.3f", ",.2f", "_.1f",
         "e", ".2e", "E", "g", ".3g", "G", "#.3g", "%", ".1%", "#.0f", "*>12.4"]
for v in values:
    print(repr(v), [format(v, s) for s in specs])
print("%f|%.2f|%10.3e|%-10g|%G|%+.1f|%05.1f|%#.0f" % (1.5, 2.675, 12345.678, 0.0001, 1e-10, -0.05, 3.14159, 2.0))
for bad in ["d", "x", "c", ",x"]:
    try:
        format(1.5, bad)
    except ValueError as e:
        print(type(e).__name__, e)
