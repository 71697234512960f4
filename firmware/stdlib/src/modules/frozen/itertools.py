# itertools: iterator building blocks as generators. Arguments are checked when the
# function is called (as CPython does), then a generator does the work.
from sys import maxsize as _maxsize


def _index(value, message=None):
    # operator.index, with CPython's message for the argument.
    try:
        convert = type(value).__index__
    except AttributeError:
        raise TypeError(message or "'%s' object cannot be interpreted as an integer"
                        % type(value).__name__) from None
    return convert(value)


#- count
def _check_number(value):
    # CPython's PyNumber_Check: a number, or what converts to one (a Fraction, a Decimal).
    kind = type(value)
    if not (isinstance(value, (int, float, complex)) or hasattr(kind, "__index__")
            or hasattr(kind, "__int__") or hasattr(kind, "__float__")):
        raise TypeError("a number is required")


def count(start=0, step=1):
    _check_number(start)
    _check_number(step)
    return _count(start, step)


def _count(n, step):
    while True:
        yield n
        n += step


#- cycle
def cycle(iterable):
    return _cycle(iter(iterable))


def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element


#- repeat
def repeat(obj, times=None):
    if times is None:
        return _repeat_forever(obj)
    return _repeat(obj, _index(times))


def _repeat_forever(obj):
    while True:
        yield obj


def _repeat(obj, times):
    for _ in range(times):
        yield obj


#- chain
def _chain(iterables):
    for iterable in iterables:
        yield from iterable


def chain(*iterables):
    return _chain(iterables)


def _from_iterable(iterable):
    return _chain(iter(iterable))


chain.from_iterable = _from_iterable


#- islice
def _islice_index(value):
    # CPython's PyNumber_AsSsize_t with the error cleared: -1 for what is no index.
    if value is None:
        return None
    try:
        value = value.__index__()
    except AttributeError:
        return -1
    return value if -_maxsize - 1 <= value <= _maxsize else -1


def islice(iterable, *args):
    if not 1 <= len(args) <= 3:
        raise TypeError(f"islice expected at most 4 arguments, got {len(args) + 1}"
                        if args else "islice expected at least 2 arguments, got 1")
    message = " for islice() must be None or an integer: 0 <= x <= sys.maxsize."
    # As CPython's checks: a stop that is no index is named, other bad bounds are not.
    stop = _islice_index(args[0] if len(args) == 1 else args[1])
    if stop == -1:
        raise ValueError("Stop argument" + message)
    start, step = 0, 1
    if len(args) > 1:
        start = _islice_index(args[0]) or 0
        step = 1 if len(args) < 3 or args[2] is None else args[2]
    if start < 0 or stop is not None and stop < -1:
        raise ValueError("Indices" + message)
    if not isinstance(step, int) or not 0 < step <= _maxsize:
        raise ValueError("Step for islice() must be a positive integer or None.")
    return _islice(iter(iterable), start, stop, step)


def _islice(it, start, stop, step):
    wanted = start
    index = 0
    while stop is None or wanted < stop:
        while index <= wanted:
            try:
                element = next(it)
            except StopIteration:
                return
            index += 1
        yield element
        wanted += step
    # Consume up to stop, as CPython does.
    while index < stop:
        try:
            next(it)
        except StopIteration:
            return
        index += 1


#- product
def product(*iterables, repeat=1):
    repeat = _index(repeat)
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)


def _product(pools):
    for pool in pools:
        if not pool:
            return
    n = len(pools)
    indices = [0] * n
    while True:
        yield tuple([pools[i][indices[i]] for i in range(n)])
        j = n - 1
        while j >= 0:
            indices[j] += 1
            if indices[j] < len(pools[j]):
                break
            indices[j] = 0
            j -= 1
        if j < 0:
            return


#- permutations combinations combinations_with_replacement
def _r_arg(r, n, message=None):
    if r is None:
        return n
    r = _index(r, message)
    if r < 0:
        raise ValueError("r must be non-negative")
    return r


def permutations(iterable, r=None):
    pool = tuple(iterable)
    return _permutations(pool, _r_arg(r, len(pool), "Expected int as r"))


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    if r == 0:
        yield ()
        return
    used = [False] * n
    chosen = []
    next_candidate = [0]
    while next_candidate:
        i = next_candidate[-1]
        while i < n and used[i]:
            i += 1
        if i == n:
            next_candidate.pop()
            if chosen:
                used[chosen.pop()] = False
            continue
        next_candidate[-1] = i + 1
        chosen.append(i)
        used[i] = True
        if len(chosen) == r:
            yield tuple([pool[j] for j in chosen])
            used[chosen.pop()] = False
        else:
            next_candidate.append(0)


def combinations(iterable, r):
    pool = tuple(iterable)
    return _combinations(pool, _r_arg(r, 0), False)


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    return _combinations(pool, _r_arg(r, 0), True)


def _combinations(pool, r, replace):
    n = len(pool)
    if (r > n and not replace) or (n == 0 and r > 0):
        return
    indices = [0] * r if replace else list(range(r))
    while True:
        yield tuple([pool[i] for i in indices])
        j = r - 1
        while j >= 0 and indices[j] == (n - 1 if replace else n - r + j):
            j -= 1
        if j < 0:
            return
        indices[j] += 1
        for k in range(j + 1, r):
            indices[k] = indices[j] if replace else indices[k - 1] + 1


#- zip_longest
def zip_longest(*iterables, fillvalue=None):
    return _zip_longest([iter(it) for it in iterables], fillvalue)


def _zip_longest(iterators, fillvalue):
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for index, it in enumerate(iterators):
            if it is None:
                values.append(fillvalue)
                continue
            try:
                values.append(next(it))
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[index] = None
                values.append(fillvalue)
        yield tuple(values)


#- accumulate
def _add(a, b):
    return a + b


def accumulate(iterable, func=None, *, initial=None):
    return _accumulate(iter(iterable), _add if func is None else func, initial)


def _accumulate(it, func, total):
    if total is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for element in it:
        total = func(total, element)
        yield total


#- groupby
class groupby:
    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._has = False
        self._started = False
        self._current_key = self._current_value = self._target_key = None
        self._group_id = None

    def __iter__(self):
        return self

    def _step(self):
        try:
            value = next(self._it)
        except StopIteration:
            self._has = False
            return
        self._current_value = value
        self._current_key = value if self._keyfunc is None else self._keyfunc(value)
        self._has = True

    def __next__(self):
        if self._started:
            while self._has and self._current_key == self._target_key:
                self._step()
        else:
            self._started = True
            self._step()
        if not self._has:
            raise StopIteration
        self._target_key = self._current_key
        self._group_id = group_id = object()
        return self._current_key, self._group(group_id)

    def _group(self, group_id):
        while self._group_id is group_id and self._has and self._current_key == self._target_key:
            value = self._current_value
            self._step()
            yield value


#- starmap
def starmap(function, iterable):
    return _starmap(function, iter(iterable))


def _starmap(function, it):
    for args in it:
        yield function(*args)


#- takewhile
def takewhile(predicate, iterable):
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for element in it:
        if not predicate(element):
            return
        yield element


#- dropwhile
def dropwhile(predicate, iterable):
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for element in it:
        if not predicate(element):
            yield element
            break
    yield from it


#- filterfalse
def filterfalse(predicate, iterable):
    return _filterfalse(bool if predicate is None else predicate, iter(iterable))


def _filterfalse(predicate, it):
    for element in it:
        if not predicate(element):
            yield element


#- compress
def compress(data, selectors):
    return _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for element, selector in zip(data, selectors):
        if selector:
            yield element


#- pairwise
def pairwise(iterable):
    return _pairwise(iter(iterable))


def _pairwise(it):
    try:
        previous = next(it)
    except StopIteration:
        return
    for element in it:
        yield previous, element
        previous = element


#- tee
def tee(iterable, n=2):
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(iterable)
    buffers = [[] for _ in range(n)]
    return tuple(_tee(it, buffer, buffers) for buffer in buffers)


def _tee(it, buffer, buffers):
    # `read` values of this copy's buffer are consumed; they are dropped in batches, so a
    # copy that lags far behind costs O(1) a value, not a shift of its whole buffer.
    read = 0
    while True:
        if read == len(buffer):
            del buffer[:]
            read = 0
            try:
                value = next(it)
            except StopIteration:
                return
            for other in buffers:
                other.append(value)
        value = buffer[read]
        buffer[read] = None
        read += 1
        if read >= 64 and read * 2 >= len(buffer):
            del buffer[:read]
            read = 0
        yield value
