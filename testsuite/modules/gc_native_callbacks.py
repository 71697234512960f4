# Native module functions stay correct when a callback into Python collects garbage midway.
import gc, math, random, struct
from array import array
class F:
    def __init__(self, x):
        self.x = x
    def __float__(self):
        gc.collect()
        return self.x
    def __index__(self):
        gc.collect()
        return int(self.x)
class M:
    def __init__(self, v):
        self.v = v
    def __mul__(self, other):
        gc.collect()
        return M(self.v * (other.v if isinstance(other, M) else other))
    __rmul__ = __mul__
print(math.fsum(F(x / 10) for x in range(10)), math.dist([F(0.0), F(3.0)], (F(4.0), F(0.0))), math.hypot(F(3.0), F(4.0)))
print(math.prod(M(k) for k in range(1, 8)).v, math.prod([2, 3], start=M(1)).v)
print(struct.pack("<3h", F(1), F(2), F(3)), array("h", (F(k) for k in range(5))))
def collecting(items):
    for item in items:
        gc.collect()
        yield item
random.seed(3)
print(random.choices("abc", weights=collecting([1, 2, 3]), k=5), [random.randrange(F(10)) for _ in range(3)])
print(math.gcd(*[F(n) for n in (12, 18, 30)]), math.isclose(F(1.0), F(1.0)), [math.floor(F(2.5))])
class Bad:
    def __float__(self):
        return 1
try:
    math.sqrt(Bad())
except TypeError as e:
    print(type(e).__name__, e)
