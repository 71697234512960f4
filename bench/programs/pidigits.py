# Pi digits: the first 300 decimal digits of pi from Gibbons' unbounded spigot.
#
# Stresses arbitrary-precision integers: multiplication, floor division and comparison of
# numbers that grow to over a thousand digits. Written for Pyrite from the algorithm in
# J. Gibbons, "Unbounded Spigot Algorithms for the Digits of Pi" (2006). The expected digits
# were computed independently with Machin's formula (16 atan 1/5 - 4 atan 1/239) in CPython.
#
# bench-sizes: default=100 quick=10 board=1
# bench-unit: runs/s

import time

NAME = "pidigits"
UNIT = "runs/s"
DIGITS = 300
EXPECTED = (
    "3141592653589793238462643383279502884197169399375105820974944592307816406286208998628034825"
    "3421170679821480865132823066470938446095505822317253594081284811174502841027019385211055596"
    "4462294895493038196442881097566593344612847564823378678316527120190914564856692346034861045"
    "432664821339360726024914127"
)


def pi_digits(count):
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    digits = []
    while len(digits) < count:
        if 4 * q + r - t < n * t:
            # The next digit is certain: emit it and scale the state by 10.
            digits.append(n)
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            # Not certain yet: absorb the next term of the series.
            q, r, t, k, n, l = (
                q * k,
                (2 * q + r) * l,
                t * l,
                k + 1,
                (q * (7 * k + 2) + r * l) // (t * l),
                l + 2,
            )
    return digits


def run_once():
    return "".join([str(digit) for digit in pi_digits(DIGITS)])


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
    main(100)
