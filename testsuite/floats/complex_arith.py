# Complex arithmetic as CPython rounds it: quotients scaled by the divisor's larger part,
# integer powers up to 100 by repeated squaring, and the errors of both.
vals = [0j, 1+0j, -8+0j, 1+2j, -3.5+0.25j, 1e-200+0j, 1e200+1e200j, 0.5-1.5j, complex(0, -2),
        1e308+1e308j, complex(3, 1e-300)]
for a in vals:
    for b in vals:
        try:
            print(a, '/', b, '=', a / b)
        except ZeroDivisionError as e:
            print(a, '/', b, type(e).__name__, e)
for a in vals:
    for n in (0, 1, 2, 3, -1, -2, 7, 17, 100, -100, 2.0, complex(3, 0), -3.0):
        try:
            print(a, '**', n, '=', a ** n)
        except (ZeroDivisionError, OverflowError) as e:
            print(a, '**', n, type(e).__name__, e)
print(0j ** 0.5, 0j ** 0j)
for bad in (-1, -0.5, 1j, -1+1j):
    try:
        print(0j ** bad)
    except ZeroDivisionError as e:
        print(bad, e)
for big in (complex(1e200, 1e200), complex(10, 10), complex(-1e10, 1)):
    try:
        print(big ** 300)
    except OverflowError as e:
        print('OverflowError', e)
print(3 / (1+1j), 2.0 / 4j, 1j * 1j, (1+2j) * (3-4j), (1+2j) - 3, 5 + 2j)
nan = float('nan')
print(complex(1, -nan), complex(1, nan), complex(0, -nan), complex(-nan, 1), complex(-0.0, -nan))
