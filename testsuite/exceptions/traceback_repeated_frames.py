# A traceback shows a frame repeated by recursion three times, then "[Previous line repeated
# N more times]"; limit counts the repeated frames one by one. The outermost frames stay.
import traceback


def frames(parts):
    # The frame line of each piece without the script's path (CPython adds source lines).
    return [p.splitlines()[0].split(", ", 1)[-1] for p in parts]


def f(n):
    if n == 0:
        raise ValueError("bottom")
    f(n - 1)


def g(n):
    if n == 0:
        return f(2)
    return g(n - 1)


for depth, call in ((100, lambda: f(100)), (3, lambda: f(3)), (2, lambda: f(2)), (5, lambda: g(5))):
    try:
        call()
    except ValueError as e:
        print(depth, frames(traceback.format_exception(e)))
        for limit in (1, 2, 4, 5, -1, -3, -4, 0):
            print(limit, frames(traceback.format_tb(e.__traceback__, limit)))


def r():
    r()


try:
    r()
except RecursionError as e:
    # (How many repeats depends on the recursion limit, which differs on a board.)
    parts = frames(traceback.format_exception(e))
    print(parts[:5], parts[5].startswith("  [Previous line repeated"), parts[6:])
