# Generators: a lazy pipeline of generator functions, yield from and generator expressions.
#
# Stresses generator creation, resumption and exhaustion, yield from delegation, send(),
# generator expressions feeding builtins, and closures. Written for Pyrite; the checksum was
# computed by CPython 3.11.
#
# bench-sizes: default=750 quick=75 board=2
# bench-unit: runs/s

import time

NAME = "generators"
UNIT = "runs/s"
LIMIT = 2000
EXPECTED = (191, 3998001, 17976, 34220, 1333333000, 956722026041, 399000, 100)


def count_up(limit):
    value = 0
    while value < limit:
        yield value
        value += 1


def keep(predicate, source):
    for item in source:
        if predicate(item):
            yield item


def scale(factor, source):
    for item in source:
        yield item * factor


def chunks(size, source):
    chunk = []
    for item in source:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(nested):
    for inner in nested:
        yield from inner


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def running_total():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total


def take(count, source):
    for item in source:
        if count <= 0:
            return
        count -= 1
        yield item


def run_once():
    pipeline = scale(3, keep(lambda value: value % 3 != 0, count_up(LIMIT)))
    chunk_sums = [sum(chunk) for chunk in chunks(7, pipeline)]
    flat_total = sum(flatten([range(index) for index in range(60)]))
    squares = sum(value * value for value in range(LIMIT) if value & 1)
    fib_last = 0
    for value in take(60, fibonacci()):
        fib_last = value
    accumulator = running_total()
    next(accumulator)
    for value in range(0, LIMIT, 5):
        accumulator.send(value)
    try:
        accumulator.send(None)
        final = -1
    except StopIteration as stop:
        final = stop.value
    evens = list(item for item in count_up(200) if item % 2 == 0)
    return (len(chunk_sums), sum(chunk_sums), chunk_sums[-1], flat_total, squares, fib_last, final, len(evens))


def check(checksum):
    return checksum == EXPECTED


def _settle():
    # Start from a collected heap, so a board's score does not depend on what ran before.
    try:
        import gc

        gc.collect()
    except ImportError:
        pass


def _timer():
    # perf_counter where it exists (CPython, Pyrite), ticks_us on MicroPython, time() otherwise.
    if hasattr(time, "perf_counter"):
        return time.perf_counter, lambda start: time.perf_counter() - start
    if hasattr(time, "ticks_us"):
        return time.ticks_us, lambda start: time.ticks_diff(time.ticks_us(), start) / 1000000.0
    return time.time, lambda start: time.time() - start


def main(n):
    _settle()
    start, elapsed = _timer()
    t0 = start()
    checksum = None
    for _ in range(n):
        checksum = run_once()
    seconds = elapsed(t0)
    if seconds <= 0.0:
        seconds = 1e-9
    ok = check(checksum)
    print(
        "BENCH name=%s score=%.3f unit=%s time_s=%.6f n=%d check=%s"
        % (NAME, n / seconds, UNIT, seconds, n, "ok" if ok else "fail")
    )
    if not ok:
        raise AssertionError("%s: checksum %r, expected %r" % (NAME, checksum, EXPECTED))


if __name__ == "__main__":
    main(750)
