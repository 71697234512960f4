# fractions: rational numbers, written for Pyrite from the CPython 3.11 documentation
# (library/fractions.html, and "Hashing of numeric types" in library/stdtypes.html).
# A Fraction is kept in lowest terms with a positive denominator; arithmetic with an int or
# another Fraction stays exact, with a float gives a float, with a complex a complex.

import math

_HASH_MODULUS = 2305843009213693951  # 2**61 - 1, CPython's (64-bit) numeric hash modulus
_HASH_INF = 314159


def _parse(text):
    # '[sign] digits [/ digits]' or a decimal '[sign] digits [. digits] [e exp]', with
    # underscores between digits and surrounding whitespace, as CPython's constructor takes.
    s = text.strip()
    sign = 1
    if s[:1] in ('+', '-'):
        if s[0] == '-':
            sign = -1
        s = s[1:]

    def digits(part):
        if not part or part[0] == '_' or part[-1] == '_' or '__' in part:
            return None
        plain = part.replace('_', '')
        if not plain.isdigit() or not plain.isascii():
            return None
        return plain

    if '/' in s:
        top, _, bottom = s.partition('/')
        top, bottom = digits(top), digits(bottom)
        if top is None or bottom is None:
            return None
        return sign * int(top), int(bottom)
    mantissa, exponent = s, 0
    for marker in ('e', 'E'):
        if marker in s:
            mantissa, _, power = s.partition(marker)
            sign_of_power = 1
            if power[:1] in ('+', '-'):
                if power[0] == '-':
                    sign_of_power = -1
                power = power[1:]
            power = digits(power)
            if power is None:
                return None
            exponent = sign_of_power * int(power)
            break
    whole, dot, decimals = mantissa.partition('.')
    if whole:
        whole = digits(whole)
        if whole is None:
            return None
    if decimals:
        decimals = digits(decimals)
        if decimals is None:
            return None
    if not whole and not decimals:
        return None
    numerator = int((whole or '') + (decimals or ''))
    exponent -= len(decimals or '')
    if exponent >= 0:
        return sign * numerator * 10 ** exponent, 1
    return sign * numerator, 10 ** -exponent


class Fraction:
    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            if isinstance(numerator, int):
                self._numerator = int(numerator)
                self._denominator = 1
                return self
            if isinstance(numerator, float):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                numerator, denominator = parsed
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int is type(denominator):
            pass
        elif isinstance(numerator, (int, Fraction)) and isinstance(denominator, (int, Fraction)):
            # (a/b) / (c/d) = (a*d) / (b*c)
            n1, d1 = _pair(numerator)
            n2, d2 = _pair(denominator)
            numerator, denominator = n1 * d2, d1 * n2
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        raise TypeError("%s.from_decimal() needs the decimal module, which Pyrite lacks"
                        % cls.__name__)

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        # The closest fraction with a denominator at most max_denominator: walk the continued
        # fraction's convergents, then pick the nearer of the last convergent and the best
        # semiconvergent.
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        convergent = Fraction(p1, q1, _normalize=False)
        semiconvergent = Fraction(p0 + k * p1, q0 + k * q1, _normalize=False)
        if abs(convergent - self) <= abs(semiconvergent - self):
            return convergent
        return semiconvergent

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # Arithmetic: each operator tries Fraction/int (exact), then float, then complex; the
    # number is the operator's for _inexact.
    def __add__(a, b):
        return _binary(a, b, 0)

    def __radd__(b, a):
        return _rbinary(b, a, 0)

    def __sub__(a, b):
        return _binary(a, b, 1)

    def __rsub__(b, a):
        return _rbinary(b, a, 1)

    def __mul__(a, b):
        return _binary(a, b, 2)

    def __rmul__(b, a):
        return _rbinary(b, a, 2)

    def __truediv__(a, b):
        return _binary(a, b, 3)

    def __rtruediv__(b, a):
        return _rbinary(b, a, 3)

    def __floordiv__(a, b):
        return _binary(a, b, 4)

    def __rfloordiv__(b, a):
        return _rbinary(b, a, 4)

    def __mod__(a, b):
        return _binary(a, b, 5)

    def __rmod__(b, a):
        return _rbinary(b, a, 5)

    def __divmod__(a, b):
        return _binary(a, b, 6)

    def __rdivmod__(b, a):
        return _rbinary(b, a, 6)

    def __pow__(a, b):
        if isinstance(b, (int, Fraction)):
            bn, bd = _pair(b)
            if bd == 1:
                if bn >= 0:
                    return Fraction(a._numerator ** bn, a._denominator ** bn, _normalize=False)
                if a._numerator == 0:
                    raise ZeroDivisionError('Fraction(%s, 0)' % (a._denominator ** -bn))
                if a._numerator > 0:
                    return Fraction(a._denominator ** -bn, a._numerator ** -bn,
                                    _normalize=False)
                return Fraction((-a._denominator) ** -bn, (-a._numerator) ** -bn,
                                _normalize=False)
            return float(a) ** float(b)
        return float(a) ** b

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, int):
            return Fraction(a) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    __trunc__ = __int__

    def __float__(a):
        return a._numerator / a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            twice = remainder * 2
            if twice < self._denominator:
                return floor
            if twice > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        # The hash of the equal int or float: numerator * denominator**-1 mod 2**61 - 1.
        try:
            inverse = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            result = _HASH_INF  # the denominator is a multiple of the modulus
        else:
            result = hash(hash(abs(self._numerator)) * inverse)
        result = result if self._numerator >= 0 else -result
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, (int, Fraction)):
            bn, bd = _pair(b)
            return a._numerator == bn and a._denominator == bd
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return False
            return a == Fraction(b)
        return NotImplemented

    def _compare(a, b, test):
        # test: 0 <, 1 >, 2 <=, 3 >=; exact against ints and Fractions, and against finite
        # floats (as Fractions); an infinity or NaN compares as 0.0 does.
        if isinstance(b, (int, Fraction)):
            bn, bd = _pair(b)
            x, y = a._numerator * bd, bn * a._denominator
        elif isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                x, y = 0.0, b
            else:
                return a._compare(Fraction(b), test)
        else:
            return NotImplemented
        if test == 0:
            return x < y
        if test == 1:
            return x > y
        if test == 2:
            return x <= y
        return x >= y

    def __lt__(a, b):
        return a._compare(b, 0)

    def __gt__(a, b):
        return a._compare(b, 1)

    def __le__(a, b):
        return a._compare(b, 2)

    def __ge__(a, b):
        return a._compare(b, 3)

    def __bool__(a):
        return a._numerator != 0

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) is Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        return self.__copy__()


def _pair(x):
    if isinstance(x, Fraction):
        return x._numerator, x._denominator
    return int(x), 1


def _exact(an, ad, bn, bd, operator):
    # a/b (an/ad) and c/d (bn/bd) combined exactly by operator number `operator`.
    if operator == 0:
        return Fraction(an * bd + bn * ad, ad * bd)
    if operator == 1:
        return Fraction(an * bd - bn * ad, ad * bd)
    if operator == 3:
        # Division is multiplication by the inverse, with the sign moved on top.
        bn, bd = bd, bn
        if bd < 0:
            bn, bd = -bn, -bd
    if operator <= 3:
        # Cross-cancel first: the factors stay small, and the product is in lowest terms.
        g = math.gcd(an, bd)
        if g > 1:
            an //= g
            bd //= g
        g = math.gcd(bn, ad)
        if g > 1:
            bn //= g
            ad //= g
        return Fraction(an * bn, ad * bd, _normalize=False)
    if operator == 4:
        return (an * bd) // (ad * bn)
    if operator == 5:
        return Fraction((an * bd) % (bn * ad), ad * bd)
    quotient, remainder = divmod(an * bd, ad * bn)
    return quotient, Fraction(remainder, ad * bd)


def _inexact(x, y, operator):
    # The float or complex operation number `operator` (the order of _binary's callers).
    if operator == 0:
        return x + y
    if operator == 1:
        return x - y
    if operator == 2:
        return x * y
    if operator == 3:
        return x / y
    if operator == 4:
        return x // y
    if operator == 5:
        return x % y
    return divmod(x, y)


def _binary(a, b, operator):
    if isinstance(b, (int, Fraction)):
        return _exact(a._numerator, a._denominator, *_pair(b), operator)
    if isinstance(b, float):
        return _inexact(float(a), b, operator)
    if isinstance(b, complex):
        return _inexact(complex(a), b, operator)
    return NotImplemented


def _rbinary(b, a, operator):
    if isinstance(a, int):
        return _exact(int(a), 1, b._numerator, b._denominator, operator)
    if isinstance(a, float):
        return _inexact(a, float(b), operator)
    if isinstance(a, complex):
        return _inexact(a, complex(b), operator)
    return NotImplemented
