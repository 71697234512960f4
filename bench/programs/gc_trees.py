# GC trees: allocate and drop many short-lived binary trees and reference cycles.
#
# Stresses the allocator and the garbage collector: thousands of small tuples and objects per
# run, most of them garbage right away, plus rings of objects that only a tracing collector
# (or CPython's cycle detector) can reclaim. Written for Pyrite; node counts follow from the
# tree shape (2**(d+1) - 1 nodes at depth d), the rest was computed by CPython 3.11.
#
# bench-sizes: default=410 quick=41 board=1
# bench-unit: runs/s

import time

NAME = "gc_trees"
UNIT = "runs/s"
MAX_DEPTH = 8
EXPECTED = (127, [1792, 1984, 2032, 2044], 6150, 50, '499')


class RingNode:
    def __init__(self, value):
        self.value = value
        self.next = None
        self.previous = None


def make_tree(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make_tree(depth), make_tree(depth))


def count_nodes(tree):
    left, right = tree
    if left is None:
        return 1
    return 1 + count_nodes(left) + count_nodes(right)


def make_ring(size):
    first = RingNode(0)
    last = first
    for value in range(1, size):
        node = RingNode(value)
        node.previous = last
        last.next = node
        last = node
    last.next = first
    first.previous = last
    return first


def ring_sum(ring):
    total = ring.value
    node = ring.next
    while node is not ring:
        total += node.value
        node = node.next
    return total


def run_once():
    long_lived = make_tree(MAX_DEPTH - 2)
    results = []
    for depth in range(2, MAX_DEPTH + 1, 2):
        iterations = 1 << (MAX_DEPTH - depth + 2)
        checked = 0
        for _ in range(iterations):
            checked += count_nodes(make_tree(depth))
        results.append(checked)
    rings = 0
    for size in range(10, 60, 5):
        rings += ring_sum(make_ring(size))
    churn = []
    for index in range(500):
        churn.append([index, str(index), (index, index + 1)])
        if len(churn) > 50:
            churn = churn[25:]
    return (count_nodes(long_lived), results, rings, len(churn), churn[-1][1])


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
    main(410)
