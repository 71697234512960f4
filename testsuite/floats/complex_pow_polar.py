# Complex powers with a fractional or complex exponent (CPython: polar form through the C
# library's pow, atan2, exp, log, cos and sin).
for a in (-8+0j, 1+2j, -3.5+0.25j, 0.5-1.5j, complex(0, -2)):
    for b in (0.5, 1/3, -1.5, 1+1j, -0.5j, 2.5-1j):
        print(a, '**', b, '=', a ** b)
print((-8.0) ** (1/3), (-2.0) ** 0.5, (-1.0) ** 1.5)
