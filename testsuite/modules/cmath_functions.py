# cmath: values of every function, constants, polar/rect, log bases and identities (compared to 12 digits).
import cmath, math

def part(x):
    if x != x or x == 0 or x in (math.inf, -math.inf):
        return repr(x)
    return "%.12g" % x

def show(z):
    if isinstance(z, tuple):
        return "(" + ", ".join(part(v) for v in z) + ")"
    if isinstance(z, float):
        return part(z)
    return "(" + part(z.real) + ", " + part(z.imag) + ")"

print(cmath.pi == math.pi, cmath.e == math.e, cmath.tau == math.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(type(cmath.pi).__name__, type(cmath.infj).__name__, cmath.infj.real, cmath.nanj.real, cmath.inf == math.inf)
names = ["exp", "log", "log10", "sqrt", "acos", "asin", "atan", "cos", "sin", "tan",
         "acosh", "asinh", "atanh", "cosh", "sinh", "tanh"]
points = [1 + 2j, -3.5 + 0.25j, 0.5 - 0.5j, -1e-5 - 2j, 10 + 10j, 3, -0.5, 0.5j, 8 + 1e-10j, -50 - 60j]
for name in names:
    f = getattr(cmath, name)
    print(name, " ".join(show(f(z)) for z in points))
    print(" ", type(f(2)).__name__, type(f(0.5 + 0.5j)).__name__)

# Large arguments: asymptotic forms, and exp/cosh/sinh beyond where e**x alone overflows.
for z in [1e300 + 1e300j, -1e308 + 1e-300j, 1e-300 - 1.5e308j, 4e153 + 4e153j, 1e16 + 1j]:
    print(show(z), show(cmath.acos(z)), show(cmath.asinh(z)), show(cmath.acosh(z)), show(cmath.atanh(z)),
          show(cmath.sqrt(z)), show(cmath.log(z)))
def safe(f, z):
    try:
        return show(f(z))
    except OverflowError as e:
        return "OverflowError"
for z in [710 + 1j, 710 + 1.5j, -710 + 1j, 710.5 + 3j, 711 + 1.5707963j, 2j + 700, 30 + 2j, -800 + 0.5j, 355 + 1e-300j]:
    print(show(z), " ".join(safe(f, z) for f in [cmath.exp, cmath.cosh, cmath.sinh, cmath.tanh, cmath.cos, cmath.sin]))

# polar, rect, phase.
for z in [1 + 1j, -1, -1 + -0.0j, complex(-1, -0.0), 0j, complex(-0.0, 0.0), 3 - 4j, 1e308 + 1e308j]:
    print(show(z), show(cmath.polar(z)), show(cmath.phase(z)), show(cmath.rect(*cmath.polar(z))))
print(show(cmath.rect(2, math.pi / 2)), show(cmath.rect(-1, 0.0)), show(cmath.rect(-1, -0.0)), show(cmath.rect(1, math.pi)))
print(type(cmath.polar(1)).__name__, type(cmath.phase(1)).__name__, type(cmath.rect(1, 0)).__name__)

# log with a base (real or complex).
print(show(cmath.log(8, 2)), show(cmath.log(100, 10)), show(cmath.log(-1, 2)), show(cmath.log(1j, 1j)),
      show(cmath.log(2 + 3j, 1 - 1j)), show(cmath.log(1e-300, 10)), show(cmath.log(0, 2)), show(cmath.log(-0.0, 2)))

# Identities, checked with isclose.
for z in [0.3 + 0.4j, -2 + 1j, 1.5 - 2.5j, -0.1 - 0.2j]:
    checks = [
        (cmath.exp(cmath.log(z)), z), (cmath.sqrt(z) ** 2, z), (cmath.sin(cmath.asin(z)), z),
        (cmath.cos(cmath.acos(z)), z), (cmath.tan(cmath.atan(z)), z), (cmath.sinh(cmath.asinh(z)), z),
        (cmath.cosh(cmath.acosh(z)), z), (cmath.tanh(cmath.atanh(z)), z),
        (cmath.sin(z) ** 2 + cmath.cos(z) ** 2, 1), (cmath.exp(z) * cmath.exp(-z), 1),
        (cmath.log10(z) * math.log(10), cmath.log(z)), (cmath.rect(*cmath.polar(z)), z),
    ]
    print(z, [cmath.isclose(a, b, rel_tol=1e-12, abs_tol=1e-15) for a, b in checks])
