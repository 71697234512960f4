# N-queens: count every placement of 8 queens on a chess board, by backtracking.
#
# Stresses integer arithmetic, comparisons, loops and list indexing (no big objects, no floats).
# Written for Pyrite; 8 queens have 92 solutions (a classic known result), and the sum of the
# column of the first-row queen over all solutions is fixed too (checked by CPython 3.11).
#
# bench-sizes: default=250 quick=25 board=1
# bench-unit: boards/s

import time

NAME = "nqueens"
UNIT = "boards/s"
SIZE = 8
EXPECTED = (92, 322)


def solve(size):
    columns = [0] * size
    used_column = [False] * size
    used_rising = [False] * (2 * size)
    used_falling = [False] * (2 * size)
    solutions = 0
    first_column_sum = 0
    row = 0
    column = 0
    while True:
        placed = False
        while column < size:
            rising = row + column
            falling = row - column + size
            if not used_column[column] and not used_rising[rising] and not used_falling[falling]:
                columns[row] = column
                used_column[column] = True
                used_rising[rising] = True
                used_falling[falling] = True
                placed = True
                break
            column += 1
        if placed:
            if row == size - 1:
                solutions += 1
                first_column_sum += columns[0]
                # Undo the last queen and try the next column in this row.
                used_column[column] = False
                used_rising[row + column] = False
                used_falling[row - column + size] = False
                column += 1
            else:
                row += 1
                column = 0
        else:
            if row == 0:
                break
            row -= 1
            column = columns[row]
            used_column[column] = False
            used_rising[row + column] = False
            used_falling[row - column + size] = False
            column += 1
    return (solutions, first_column_sum)


def run_once():
    return solve(SIZE)


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
    main(250)
