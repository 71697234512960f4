# cmath: branch cuts, where the sign of a zero part picks the side, and the signs of zero results.
import cmath
inf = float("inf")

def part(x):
    if x != x or x == 0 or x in (inf, -inf):
        return repr(x)
    return "%.12g" % x

def show(z):
    return "(" + part(z.real) + ", " + part(z.imag) + ")"

# Each function's cut, approached from both sides by the imaginary zero (or real zero).
cuts = {
    "sqrt": [(-4, 0.0), (-4, -0.0), (-0.0, 0.0), (-0.0, -0.0), (0.0, -0.0), (-1e-300, 0.0), (-1e-300, -0.0)],
    "log": [(-1, 0.0), (-1, -0.0), (-2.5, 0.0), (-2.5, -0.0), (1, -0.0), (1, 0.0), (-1e-300, -0.0)],
    "log10": [(-10, 0.0), (-10, -0.0), (100, -0.0)],
    "acos": [(2, 0.0), (2, -0.0), (-2, 0.0), (-2, -0.0), (0.5, 0.0), (0.5, -0.0), (1, 0.0), (-1, -0.0)],
    "asin": [(2, 0.0), (2, -0.0), (-2, 0.0), (-2, -0.0), (0.5, -0.0), (-0.0, 0.5), (-0.0, -0.5)],
    "atan": [(0.0, 2), (-0.0, 2), (0.0, -2), (-0.0, -2), (0.0, 0.5), (-0.0, -0.5), (2, 0.0), (-2, -0.0)],
    "acosh": [(0.5, 0.0), (0.5, -0.0), (-2, 0.0), (-2, -0.0), (2, -0.0), (-0.0, 0.0), (0.0, -0.0), (1, 0.0)],
    "asinh": [(0.0, 2), (-0.0, 2), (0.0, -2), (-0.0, -2), (2, -0.0), (-0.0, 0.5), (-0.0, -0.0)],
    "atanh": [(2, 0.0), (2, -0.0), (-2, 0.0), (-2, -0.0), (0.5, -0.0), (-0.0, 0.5), (-0.5, 0.0)],
}
for name, points in cuts.items():
    f = getattr(cmath, name)
    print(name, " ".join(show(f(complex(x, y))) for x, y in points))

# Odd and even functions keep the zeros' signs; conjugate symmetry f(conj z) == conj f(z).
for name in ["sqrt", "exp", "sin", "cos", "tan", "sinh", "cosh", "tanh", "asin", "acos", "atan", "asinh", "acosh", "atanh"]:
    f = getattr(cmath, name)
    print(name, show(f(complex(0.0, 0.0))), show(f(complex(-0.0, 0.0))), show(f(complex(0.0, -0.0))),
          show(f(complex(-0.0, -0.0))), show(f(complex(0.75, -0.0))), show(f(complex(-0.75, 0.0))))

# Real and imaginary axes stay on them (the zero part keeps its sign).
for z in [complex(3, 0.0), complex(3, -0.0), complex(-3, 0.0), complex(0.0, 3), complex(-0.0, -3)]:
    print(show(z), show(cmath.sqrt(z)), show(cmath.exp(z)), show(cmath.sinh(z)), show(cmath.tanh(z)),
          show(cmath.asinh(z)), show(cmath.atan(z)))

# Near the cuts and near 1, where cancellation would lose digits.
for z in [complex(1, 1e-20), complex(1 + 1e-12, 1e-12), complex(1e-20, 1), complex(-1, 1e-200), complex(1, 1e-300),
          complex(1e-300, 1e-300), complex(5e-324, 0.0), complex(-5e-324, -0.0), complex(0.6, 0.8)]:
    print(show(z), show(cmath.log(z)), show(cmath.sqrt(z)), show(cmath.atanh(z)), show(cmath.acos(z)), show(cmath.asinh(z)))
