# round() on floats: exact halves go to even; ndigits use the true binary value.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.4999), round(3.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(1.25, 1), round(1.35, 1))
print(round(123.456, -1), round(123.456, -2), round(155.0, -1), round(-0.0), round(-0.4))
print(round(1e300, 2), round(1.23456789, 5), round(5.0, 0), type(round(5.0, 0)).__name__)
for bad in [float("inf"), float("nan")]:
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(float("inf"), 2), round(2.5, None))
