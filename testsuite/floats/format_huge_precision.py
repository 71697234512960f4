# Floats formatted with more digits than core's formatter gives (precision up to 65535): the
# exact decimal expansion, then zeros, as CPython prints them.
for x in (0.1, 1.5, 2.0 ** 60, 5e-324, 1.7976931348623157e308, 123.456):
    for spec in (".1100f", ".1500f", ".900e", ".1200e", "#.2000g", ".2000g", ".800g"):
        text = format(x, spec)
        print(spec, len(text), text[:24], text[-24:], sum(ord(c) * (i + 1) for i, c in enumerate(text)) % 1000003)
    print(len("%.1500f" % x), len("%#.1200g" % x), ("%.1200e" % x)[-12:])
