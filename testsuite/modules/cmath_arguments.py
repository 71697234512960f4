# cmath: argument conversion (__complex__, __float__, __index__), errors and isclose.
import cmath

def attempt(f):
    try:
        return f()
    except (TypeError, ValueError, OverflowError) as e:
        return type(e).__name__ + ": " + str(e)

class Complexish:
    def __complex__(self):
        return 3 + 4j

class Floatish:
    def __float__(self):
        return 2.25

class Indexish:
    def __index__(self):
        return 9

class Both:
    def __complex__(self):
        return 1j
    def __float__(self):
        return 5.0

class BadComplex:
    def __complex__(self):
        return 2.0

class BadFloat:
    def __float__(self):
        return "x"

class MyComplex(complex):
    pass

class MyFloat(float):
    def __complex__(self):
        return 7j

print(cmath.sqrt(Complexish()), cmath.sqrt(Floatish()), cmath.sqrt(Indexish()), cmath.sqrt(Both()))
print(cmath.sqrt(True), cmath.sqrt(4), cmath.sqrt(-4), cmath.sqrt(MyComplex(-4, -0.0)), cmath.sqrt(MyFloat(4)))
print(cmath.phase(Complexish()), cmath.polar(Floatish()), cmath.rect(Indexish(), 0), cmath.isnan(Both()))
print(cmath.log(Complexish(), Indexish()) == cmath.log(3 + 4j, 9), cmath.isclose(Complexish(), 3 + 4j))
cases = [
    lambda: cmath.sqrt("1"), lambda: cmath.sqrt(None), lambda: cmath.exp([1]), lambda: cmath.sqrt(BadComplex()),
    lambda: cmath.sqrt(BadFloat()), lambda: cmath.sqrt(10 ** 400), lambda: cmath.sqrt(), lambda: cmath.sqrt(1, 2),
    lambda: cmath.sqrt(z=1), lambda: cmath.phase(), lambda: cmath.isinf(1, 2), lambda: cmath.rect(1),
    lambda: cmath.rect(1j, 0), lambda: cmath.rect(1, 1j), lambda: cmath.rect(1, phi=2), lambda: cmath.log(),
    lambda: cmath.log(1, 2, 3), lambda: cmath.log(1, base=2), lambda: cmath.log("e"),
    # Domain and range errors.
    lambda: cmath.log(0), lambda: cmath.log(-0.0), lambda: cmath.log10(0j), lambda: cmath.log(2, 0),
    lambda: cmath.log(2, 1), lambda: cmath.log(0, 1), lambda: cmath.atanh(1), lambda: cmath.atanh(-1),
    lambda: cmath.atanh(complex(1, -0.0)), lambda: cmath.atan(1j), lambda: cmath.atan(-1j), lambda: cmath.exp(1000),
    lambda: cmath.exp(710 + 1.5707963j), lambda: cmath.cosh(1000), lambda: cmath.sinh(-1000 + 1j),
    lambda: cmath.cos(1000j), lambda: cmath.sin(1 + 1000j), lambda: cmath.exp(complex(1, float("inf"))),
    lambda: cmath.rect(1, float("inf")), lambda: cmath.polar(1.7e308 + 1.7e308j), lambda: cmath.tan(complex(float("inf"), 1)),
    lambda: cmath.tanh(complex(1, float("inf"))), lambda: cmath.sqrt(-1e308), lambda: cmath.acos(1e308),
]
for case in cases:
    print(attempt(case))

# isclose: keyword-only tolerances, CPython's checks.
print(cmath.isclose(1, 1), cmath.isclose(1j, 1j + 1e-10), cmath.isclose(1j, 1j + 1e-8), cmath.isclose(0, 1e-300))
print(cmath.isclose(0, 1e-300, abs_tol=1e-299), cmath.isclose(1 + 1j, 1.01 + 1j, rel_tol=0.01), cmath.isclose(a=2, b=2.0))
inf, nan = float("inf"), float("nan")
print(cmath.isclose(complex(inf, 1), complex(inf, 1)), cmath.isclose(complex(inf, 1), complex(inf, 2)),
      cmath.isclose(complex(nan, 0), complex(nan, 0)), cmath.isclose(inf, 1e308, rel_tol=1.0), cmath.isclose(1e308j, -1e308j, rel_tol=2.0))
for case in [lambda: cmath.isclose(1, 2, 3), lambda: cmath.isclose(1), lambda: cmath.isclose(b=1),
             lambda: cmath.isclose(1, 2, a=1), lambda: cmath.isclose(1, 2, tol=1), lambda: cmath.isclose(1, 1, rel_tol=-1),
             lambda: cmath.isclose(1, 1, abs_tol=-0.5), lambda: cmath.isclose(1, 1, rel_tol="x"),
             lambda: cmath.isclose(1, 1, abs_tol=1j), lambda: cmath.isclose("a", 1), lambda: cmath.isclose(1, 1, rel_tol=0, abs_tol=0)]:
    print(attempt(case))
print(sorted(n for n in dir(cmath) if not n.startswith("_")))

# math.isclose takes its arguments the same way.
import math
print(math.isclose(a=1, b=1.0), math.isclose(1, 1 + 1e-10, rel_tol=0, abs_tol=1e-9), math.isclose(float("nan"), 1, abs_tol=inf))
for case in [lambda: math.isclose(1, 2, 3), lambda: math.isclose(b=1), lambda: math.isclose(1, 2, b=1),
             lambda: math.isclose(1, 2, tol=1), lambda: math.isclose(1j, 1), lambda: math.isclose(1, 1, abs_tol=-1)]:
    print(attempt(case))
