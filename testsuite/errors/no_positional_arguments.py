# Built-in methods and module functions that take no arguments reject extra ones with
# CPython's TypeError (bound methods are named after their receiver's class), instead of
# ignoring them; the call then has no effect.
from collections import deque
import array, hashlib, random, time, gc, sys


def show(f, *args):
    try:
        f(*args)
        print("no error")
    except TypeError as e:
        print(e)


for f in ([].clear, [].copy, [].reverse, {}.keys, {}.values, {}.items, {1: 2}.popitem,
          {}.clear, {}.copy, {1}.pop, set().clear, set().copy, frozenset().copy,
          (5).bit_length, (5).bit_count, (5).conjugate, (5).as_integer_ratio, True.bit_length,
          (1.5).is_integer, (1.5).as_integer_ratio, (1.5).hex, (1.5).conjugate, (1j).conjugate,
          deque().clear, deque([1]).pop, deque([1]).popleft, deque().copy, deque().reverse,
          deque().__reversed__, array.array("i").reverse, memoryview(b"").release,
          hashlib.sha256().copy, hashlib.sha256().digest, hashlib.sha256().hexdigest,
          random.random, time.time, time.time_ns, time.perf_counter, time.perf_counter_ns,
          time.monotonic, time.monotonic_ns, gc.enable, gc.disable, gc.isenabled,
          sys.exc_info, sys.getrecursionlimit):
    show(f, 1)
    show(f, 1, 2)

# Unbound, through the class.
show(list.clear, [], 3)
show(dict.keys, {}, 3)


class L(list):
    pass


items = L([3, 1, 2])
show(items.reverse, 0)
print(items)
d = {1: 2}
show(d.popitem, None)
print(d)
show(lambda: [].clear(*range(4)))
gc.enable()
print([].copy(), (5).bit_length(), time.time() > 0, sorted({1: 2, 3: 4}.items()))
