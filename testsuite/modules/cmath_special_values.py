# cmath: C99 Annex G special values (infinite, NaN and signed-zero parts) and the errors they raise.
import cmath
inf, nan = float("inf"), float("nan")
values = [-inf, -2.0, -0.0, 0.0, 2.0, inf, nan]

def part(x):
    # Exact for zeros, infinities and NaN (repr keeps the zero's sign); 12 digits otherwise.
    if x != x or x == 0 or x in (inf, -inf):
        return repr(x)
    return "%.12g" % x

def show(z):
    return part(z.real) + "," + part(z.imag)

def attempt(f, *args):
    try:
        return show(f(*args))
    except (ValueError, OverflowError) as e:
        return type(e).__name__

names = ["exp", "log", "log10", "sqrt", "acos", "asin", "atan", "cos", "sin", "tan",
         "acosh", "asinh", "atanh", "cosh", "sinh", "tanh"]
for name in names:
    f = getattr(cmath, name)
    for x in values:
        print(name, part(x), " ".join(attempt(f, complex(x, y)) for y in values))
for r in values:
    print("rect", part(r), " ".join(attempt(cmath.rect, r, phi) for phi in values))
for x in values:
    print("polar", part(x), " ".join("%s,%s" % tuple(map(part, cmath.polar(complex(x, y)))) for y in values))
    print("phase", part(x), " ".join(part(cmath.phase(complex(x, y))) for y in values))
    print("is", part(x), " ".join("%d%d%d" % (cmath.isfinite(complex(x, y)), cmath.isinf(complex(x, y)),
                                             cmath.isnan(complex(x, y))) for y in values))
