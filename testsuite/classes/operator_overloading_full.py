# A fraction class exercising many operators.
def gcd(a, b):
    a, b = abs(a), abs(b)
    while b:
        a, b = b, a % b
    return a
class Frac:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("zero denominator")
        g = gcd(n, d) * (1 if d > 0 else -1)
        self.n, self.d = n // g, d // g
    def __repr__(self):
        return f"{self.n}/{self.d}"
    def _coerce(self, o):
        return o if isinstance(o, Frac) else Frac(o)
    def __add__(self, o):
        o = self._coerce(o)
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = self._coerce(o)
        return Frac(self.n * o.d - o.n * self.d, self.d * o.d)
    def __rsub__(self, o):
        return self._coerce(o) - self
    def __mul__(self, o):
        o = self._coerce(o)
        return Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._coerce(o)
        return Frac(self.n * o.d, self.d * o.n)
    def __rtruediv__(self, o):
        return self._coerce(o) / self
    def __eq__(self, o):
        o = self._coerce(o)
        return (self.n, self.d) == (o.n, o.d)
    def __lt__(self, o):
        o = self._coerce(o)
        return self.n * o.d < o.n * self.d
    def __hash__(self):
        return hash((self.n, self.d))
    def __float__(self):
        return self.n / self.d
    def __int__(self):
        return int(self.n / self.d)
    def __neg__(self):
        return Frac(-self.n, self.d)
    def __bool__(self):
        return self.n != 0
h = Frac(1, 2)
t = Frac(1, 3)
print(h + t, h - t, h * t, h / t, 1 + h, 1 - h, 2 * t, 1 / t, -h)
print(h == Frac(2, 4), h < t, t < h, sorted([h, t, Frac(0)]), h > t)
print(float(Frac(1, 4)), int(Frac(7, 2)), bool(Frac(0)), bool(h))
print(sum([Frac(1, n) for n in range(1, 5)], Frac(0)))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
