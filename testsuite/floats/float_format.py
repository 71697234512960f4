# format() and % for floats.
x = 1234.5678
for spec in ["", ".2f", "10.3f", "<10.1f", "^12.2e", "e", "E", ".3g", "g", "G", ".0f", "+.1f", " .1f",
             "%", ".1%", ",.2f", "_.1f", "012.3f", "#.0f", ".10g", "n"]:
    print(repr(spec), repr(format(x, spec)))
for v in [0.0, -0.0, 1e-7, 1e16, 123456789.0, 0.0001, 1e100, float("inf"), float("nan"), 2.5, -1.5]:
    print(format(v, ""), format(v, "g"), format(v, ".3e"), format(v, ".2f"), str(v))
print("%.3f|%10.2f|%-10.1e|%g|%G|%e" % (3.14159, 2.5, 12345.678, 0.00001, 1e20, 0.0))
print("%5.1f%%" % 99.5, "%+.2f" % 1, "%.0f" % 0.5, "%.0f" % 1.5)
