# _random_more: random.Random's distributions, choices() and sample(), written for Pyrite from
# the CPython 3.11 documentation. Each is a method of random.Random: the first call of one
# compiles its section and puts the function in the class (random.rs). They draw through
# self.random() and self._randbelow(), in CPython's order, so random.seed(n) gives CPython's
# values and a subclass that overrides random() changes them.
from math import log as _log, exp as _exp, sqrt as _sqrt, floor as _floor, ceil as _ceil
from math import cos as _cos, sin as _sin, acos as _acos, isfinite as _isfinite
from math import e as _e, pi as _pi, tau as _tau


def _running_totals(values):
    totals = []
    total = None
    for value in values:
        total = value if total is None else total + value
        totals.append(total)
    return totals


def _bisect_right(totals, x, high):
    # bisect.bisect_right(totals, x, 0, high), step for step.
    low = 0
    while low < high:
        middle = (low + high) // 2
        if x < totals[middle]:
            high = middle
        else:
            low = middle + 1
    return low


#- triangular
def triangular(self, low=0.0, high=1.0, mode=None):
    u = self.random()
    try:
        c = 0.5 if mode is None else (mode - low) / (high - low)
    except ZeroDivisionError:
        return low
    if u > c:
        u = 1.0 - u
        c = 1.0 - c
        low, high = high, low
    return low + (high - low) * _sqrt(u * c)


#- normalvariate lognormvariate
def normalvariate(self, mu=0.0, sigma=1.0):
    # Kinderman and Monahan's ratio-of-uniforms method.
    random = self.random
    magic = 4 * _exp(-0.5) / _sqrt(2.0)
    while True:
        u1 = random()
        u2 = 1.0 - random()
        z = magic * (u1 - 0.5) / u2
        if z * z / 4.0 <= -_log(u2):
            return mu + z * sigma


def lognormvariate(self, mu, sigma):
    return _exp(self.normalvariate(mu, sigma))


#- gauss
def gauss(self, mu=0.0, sigma=1.0):
    # Box-Muller: each pair of draws makes two values; the second waits in gauss_next.
    random = self.random
    z = self.gauss_next
    self.gauss_next = None
    if z is None:
        x2pi = random() * _tau
        g2rad = _sqrt(-2.0 * _log(1.0 - random()))
        z = _cos(x2pi) * g2rad
        self.gauss_next = _sin(x2pi) * g2rad
    return mu + z * sigma


#- expovariate paretovariate weibullvariate
def expovariate(self, lambd):
    return -_log(1.0 - self.random()) / lambd


def paretovariate(self, alpha):
    return (1.0 - self.random()) ** (-1.0 / alpha)


def weibullvariate(self, alpha, beta):
    return alpha * (-_log(1.0 - self.random())) ** (1.0 / beta)


#- vonmisesvariate
def vonmisesvariate(self, mu, kappa):
    # Best and Fisher's rejection method (Applied Statistics, 1979).
    random = self.random
    if kappa <= 1e-6:
        return _tau * random()
    s = 0.5 / kappa
    r = s + _sqrt(1.0 + s * s)
    while True:
        z = _cos(_pi * random())
        d = z / (r + z)
        u2 = random()
        if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _exp(d):
            break
    q = 1.0 / r
    f = (q + z) / (1.0 + q * z)
    if random() > 0.5:
        return (mu + _acos(f)) % _tau
    return (mu - _acos(f)) % _tau


#- gammavariate betavariate
def gammavariate(self, alpha, beta):
    # R.C.H. Cheng's algorithm GB (Applied Statistics, 1977) for alpha > 1, an exponential
    # for alpha == 1, Ahrens and Dieter's algorithm GS for alpha < 1.
    if alpha <= 0.0 or beta <= 0.0 or alpha != alpha:  # a NaN shape would loop for ever
        raise ValueError("gammavariate: alpha and beta must be > 0.0")
    random = self.random
    if alpha > 1.0:
        a_inverse = _sqrt(2.0 * alpha - 1.0)
        b = alpha - _log(4.0)
        c = alpha + a_inverse
        magic = 1.0 + _log(4.5)
        while True:
            u1 = random()
            if not 1e-7 < u1 < 0.9999999:
                continue
            u2 = 1.0 - random()
            v = _log(u1 / (1.0 - u1)) / a_inverse
            x = alpha * _exp(v)
            z = u1 * u1 * u2
            r = b + c * v - x
            if r + magic - 4.5 * z >= 0.0 or r >= _log(z):
                return x * beta
    if alpha == 1.0:
        return -_log(1.0 - random()) * beta
    while True:
        b = (_e + alpha) / _e
        p = b * random()
        x = p ** (1.0 / alpha) if p <= 1.0 else -_log((b - p) / alpha)
        u1 = random()
        if p > 1.0:
            if u1 <= x ** (alpha - 1.0):
                return x * beta
        elif u1 <= _exp(-x):
            return x * beta


def betavariate(self, alpha, beta):
    y = self.gammavariate(alpha, 1.0)
    if y:
        return y / (y + self.gammavariate(beta, 1.0))
    return 0.0


#- choices
def choices(self, population, weights=None, *, cum_weights=None, k=1):
    random = self.random
    n = len(population)
    if cum_weights is None:
        if weights is None:
            n += 0.0
            return [population[_floor(random() * n)] for i in range(k)]
        try:
            cum_weights = _running_totals(weights)
        except TypeError:
            if not isinstance(weights, int):
                raise
            raise TypeError(f"The number of choices must be a keyword argument: k={weights}") from None
    elif weights is not None:
        raise TypeError("Cannot specify both weights and cumulative weights")
    if len(cum_weights) != n:
        raise ValueError("The number of weights does not match the population")
    total = cum_weights[-1] + 0.0
    if total <= 0.0:
        raise ValueError("Total of weights must be greater than zero")
    if not _isfinite(total):
        raise ValueError("Total of weights must be finite")
    high = n - 1
    return [population[_bisect_right(cum_weights, random() * total, high)] for i in range(k)]


#- sample
def sample(self, population, k, *, counts=None):
    if isinstance(population, (dict, set, frozenset)) or not hasattr(population, "__getitem__"):
        raise TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
    n = len(population)
    if counts is not None:
        totals = _running_totals(counts)
        if len(totals) != n:
            raise ValueError("The number of counts does not match the population")
        total = totals.pop()
        if not isinstance(total, int):
            raise TypeError("Counts must be integers")
        if total <= 0:
            raise ValueError("Total of counts must be greater than zero")
        picks = self.sample(range(total), k=k)
        return [population[_bisect_right(totals, pick, len(totals))] for pick in picks]
    randbelow = self._randbelow
    if not 0 <= k <= n:
        raise ValueError("Sample larger than population or is negative")
    result = [None] * k
    # A pool list while it is smaller than a set of the picks would be (CPython's sizes).
    setsize = 21
    if k > 5:
        setsize += 4 ** _ceil(_log(k * 3, 4))
    if n <= setsize:
        pool = list(population)
        for i in range(k):
            j = randbelow(n - i)
            result[i] = pool[j]
            pool[j] = pool[n - i - 1]
    else:
        picked = set()
        for i in range(k):
            j = randbelow(n)
            while j in picked:
                j = randbelow(n)
            picked.add(j)
            result[i] = population[j]
    return result
