# statistics: averages and spread of sensor-sized data sets, written for Pyrite from the
# CPython 3.11 documentation (library/statistics.html). Means and variances are summed
# exactly (as fractions of ints) and rounded once at the end, as CPython's are, so results
# agree to the last bit; the result's type follows the data's (ints give an int mean when it
# is whole, Fractions a Fraction). Each group of functions is its own section.

import math


class StatisticsError(ValueError):
    pass


def _ratio(x):
    # x as (numerator, denominator), exactly; (x, None) for a float infinity or NaN.
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator"
                        % type(x).__name__) from None


def _coerce(T, S):
    # The type a result takes from data of types T and S: ints give way to anything, a type
    # to its subclass, Fractions to floats.
    if T is S or S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if T.__name__ == 'Fraction' and issubclass(S, float):
        return S
    if S.__name__ == 'Fraction' and issubclass(T, float):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _sum(data):
    # (type, exact total as (n, d) or a float infinity/NaN, count).
    T = int
    count = 0
    partials = {}
    special = None
    for x in data:
        count += 1
        T = _coerce(T, type(x))
        n, d = _ratio(x)
        if d is None:
            special = n if special is None else special + n
        else:
            partials[d] = partials.get(d, 0) + n
    if special is not None:
        return T, special, count
    return T, _reduce(partials), count


def _reduce(partials):
    # The sum of numerator / denominator over {denominator: numerator}, in lowest terms.
    n, d = 0, 1
    for den, num in partials.items():
        n, d = n * den + num * d, d * den
    g = math.gcd(n, d)
    return n // g, d // g


def _convert(value, T):
    # The exact (n, d) (or a float infinity/NaN) as a T: a float when T is int but the value
    # is not whole.
    if not isinstance(value, tuple):
        return value
    n, d = value
    g = math.gcd(n, d)
    n, d = n // g, d // g
    if issubclass(T, int) and d != 1:
        T = float
    if T is int:
        return n // d
    if T is float:
        return n / d
    if issubclass(T, int):
        return T(n // d)
    if issubclass(T, float):
        return T(n / d)
    return T(n, d)


def _divide(value, count):
    if not isinstance(value, tuple):
        return value / count
    return (value[0], value[1] * count)


#- mean
def mean(data):
    if iter(data) is data:
        data = list(data)
    if len(data) < 1:
        raise StatisticsError('mean requires at least one data point')
    T, total, count = _sum(data)
    return _convert(_divide(total, count), T)


#- fmean geometric_mean
def fmean(data, weights=None):
    if weights is None:
        if iter(data) is data:
            data = list(data)
        if not data:
            raise StatisticsError('fmean requires at least one data point')
        return math.fsum(data) / len(data)
    data = list(data)
    weights = list(weights)
    if len(data) != len(weights):
        raise StatisticsError('data and weights must be the same length')
    denominator = math.fsum(weights)
    if not denominator:
        raise StatisticsError('sum of weights must be non-zero')
    return math.fsum(x * w for x, w in zip(data, weights)) / denominator


def geometric_mean(data):
    try:
        return math.exp(fmean([math.log(x) for x in data]))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset containing '
                              'positive numbers') from None


#- harmonic_mean
def harmonic_mean(data, weights=None):
    # The total weight over the sum of weight/value, summed exactly.
    if iter(data) is data:
        data = list(data)
    negative = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        if not isinstance(x, (int, float)) and type(x).__name__ != 'Fraction':
            raise TypeError('unsupported type')
        if x < 0:
            raise StatisticsError(negative)
        return x
    if weights is None:
        weights = [1] * n
        weight_total = (n, 1)
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        for w in weights:
            if w < 0:
                raise StatisticsError(negative)
        weight_total = _sum(weights)[1]
    for x in data:
        if x < 0:
            raise StatisticsError(negative)
    try:
        T, total, _ = _sum(w / x if w else 0 for w, x in zip(weights, data))
    except ZeroDivisionError:
        return 0
    if not isinstance(total, tuple):
        # An infinity or NaN among the terms.
        if total <= 0:
            raise StatisticsError('Weighted sum must be positive')
        return weight_total[0] / weight_total[1] / total
    if total[0] <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert((weight_total[0] * total[1], weight_total[1] * total[0]), T)


#- median median_low median_high median_grouped
def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    return (data[n // 2 - 1] + data[n // 2]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[(n - 1) // 2]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def median_grouped(data, interval=1):
    # The 50th percentile of data grouped in classes of width `interval` centred on the
    # values: interpolated inside the median's class, in floats.
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    x = data[n // 2]
    first = 0
    while data[first] != x:
        first += 1
    last = first
    while last + 1 < n and data[last + 1] == x:
        last += 1
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float') from None
    lower = x - interval / 2.0
    return lower + interval * (n / 2 - first) / (last - first + 1)


#- mode multimode
def _counts(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    return counts


def mode(data):
    counts = _counts(data)
    if not counts:
        raise StatisticsError('no mode for empty data')
    best = max(counts.values())
    for value, count in counts.items():
        if count == best:
            return value


def multimode(data):
    counts = _counts(data)
    if not counts:
        return []
    best = max(counts.values())
    return [value for value, count in counts.items() if count == best]


#- quantiles
def quantiles(data, *, n=4, method='exclusive'):
    # n - 1 cut points dividing the data into n intervals of equal probability,
    # interpolated linearly between neighbouring data points.
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    size = len(data)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    cuts = []
    if method == 'inclusive':
        span = size - 1
        for i in range(1, n):
            j, delta = divmod(i * span, n)
            cuts.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return cuts
    if method == 'exclusive':
        span = size + 1
        for i in range(1, n):
            j = min(max(i * span // n, 1), size - 1)
            delta = i * span - j * n
            cuts.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return cuts
    raise ValueError('Unknown method: %r' % (method,))


#- variance pvariance stdev pstdev
def _ss(data, c=None):
    # (type, sum of squared deviations from the mean or from c, the mean, count); exact
    # unless c is given (then each deviation is the data's own arithmetic).
    if c is not None:
        T, total, count = _sum((x - c) * (x - c) for x in data)
        return T, total, c, count
    T = int
    count = 0
    sx = {}
    sxx = {}
    special = None
    for x in data:
        count += 1
        T = _coerce(T, type(x))
        n, d = _ratio(x)
        if d is None:
            special = n if special is None else special + n
            continue
        sx[d] = sx.get(d, 0) + n
        sxx[d * d] = sxx.get(d * d, 0) + n * n
    if special is not None:
        return T, special, special, count
    if not count:
        return T, (0, 1), (0, 1), 0
    n1, d1 = _reduce(sx)
    n2, d2 = _reduce(sxx)
    # count * sxx - sx**2, over count: poor for floats, exact for fractions.
    n = count * n2 * d1 * d1 - n1 * n1 * d2
    d = d2 * d1 * d1 * count
    g = math.gcd(n, d)
    return T, (n // g, d // g), (n1, d1 * count), count


def _sqrt_ratio(n, d):
    # The float nearest the square root of n/d (n >= 0), correctly rounded: start from the
    # float sqrt, then step to a neighbour while the root lies beyond the midpoint to it.
    if n == 0:
        return 0.0
    # Start near the root without underflow or overflow: scale n/d by 4**-k to about 1.
    k = (n.bit_length() - d.bit_length()) // 2
    scaled = n / (d << 2 * k) if k >= 0 else (n << -2 * k) / d
    x = math.ldexp(math.sqrt(scaled), k)

    def beyond(a, b):
        # Whether sqrt(n/d) lies beyond the midpoint of floats a and b, towards b; on the
        # midpoint itself, whether b is the even one.
        p1, q1 = a.as_integer_ratio()
        p2, q2 = b.as_integer_ratio()
        p, q = p1 * q2 + p2 * q1, 2 * q1 * q2
        left, right = n * q * q, p * p * d
        if left != right:
            return (left > right) == (b > a)
        return math.frexp(b)[0] * 2 ** 53 % 2 == 0

    for _ in range(4):
        up = math.nextafter(x, math.inf)
        down = math.nextafter(x, 0.0)
        if beyond(x, up):
            x = up
        elif down > 0 and beyond(x, down):
            x = down
        else:
            break
    return x


def _spread(data, center, least, name):
    # (type, exact sum of squares, count) after checking there are `least` points.
    if iter(data) is data:
        data = list(data)
    T, ss, _, count = _ss(data, center)
    if count < least:
        raise StatisticsError('%s requires at least %s data point%s'
                              % (name, 'one' if least == 1 else 'two', 's' if least > 1 else ''))
    return T, ss, count


def variance(data, xbar=None):
    T, ss, count = _spread(data, xbar, 2, 'variance')
    return _convert(_divide(ss, count - 1), T)


def pvariance(data, mu=None):
    T, ss, count = _spread(data, mu, 1, 'pvariance')
    return _convert(_divide(ss, count), T)


def _root(ss, count):
    if not isinstance(ss, tuple):
        return math.sqrt(ss / count)
    return _sqrt_ratio(ss[0], ss[1] * count)


def stdev(data, xbar=None):
    T, ss, count = _spread(data, xbar, 2, 'stdev')
    return _root(ss, count - 1)


def pstdev(data, mu=None):
    T, ss, count = _spread(data, mu, 1, 'pstdev')
    return _root(ss, count)


#- covariance correlation linear_regression LinearRegression
def _pairs(x, y, name):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('%s requires that both inputs have same number of data points'
                              % name)
    if n < 2:
        raise StatisticsError('%s requires at least two data points' % name)
    return n


def covariance(x, y, /):
    n = _pairs(x, y, 'covariance')
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    return math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)) / (n - 1)


def correlation(x, y, /):
    n = _pairs(x, y, 'correlation')
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = math.fsum((xi - xbar) * (xi - xbar) for xi in x)
    syy = math.fsum((yi - ybar) * (yi - ybar) for yi in y)
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant') from None


def _linear_regression_class():
    from collections import namedtuple
    return namedtuple('LinearRegression', ('slope', 'intercept'))


LinearRegression = _linear_regression_class()


def linear_regression(x, y, /, *, proportional=False):
    n = _pairs(x, y, 'linear regression')
    if proportional:
        sxy = math.fsum(xi * yi for xi, yi in zip(x, y))
        sxx = math.fsum(xi * xi for xi in x)
    else:
        xbar = math.fsum(x) / n
        ybar = math.fsum(y) / n
        sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
        sxx = math.fsum((xi - xbar) * (xi - xbar) for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant') from None
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)
