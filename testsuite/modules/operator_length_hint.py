# operator.length_hint and __length_hint__ of the built-in iterators: sequences, str, ranges,
# dict and set iterators (0 once their container changed size), reversed, exhausted ones.
import operator
it = iter([1, 2, 3]); next(it)
print(operator.length_hint(it), operator.length_hint(iter(range(10))), operator.length_hint(iter(range(0, 2**40, 2**30))))
r = reversed([1, 2, 3]); next(r); print(operator.length_hint(r))
d = {1: 2, 3: 4}; di = iter(d); print(operator.length_hint(di)); next(di); print(operator.length_hint(di))
print(operator.length_hint(iter(d.items())), operator.length_hint(iter(d.values())))
s = {1, 2, 3}; si = iter(s); next(si); print(operator.length_hint(si)); s.add(9); print(operator.length_hint(si))
print(operator.length_hint(iter("héllo")), operator.length_hint(iter("abc")), operator.length_hint(iter(b"ab")), operator.length_hint(iter((1,))))
print(operator.length_hint(x for x in []), operator.length_hint(map(str, [1])), operator.length_hint(zip([1], [2]), 7), operator.length_hint(enumerate([1]), 3))
e = iter([1]); next(e)
try: next(e)
except StopIteration: pass
print(operator.length_hint(e))
l = [1, 2]; li = iter(l); l.extend([3, 4]); print(operator.length_hint(li))
print(iter([]).__length_hint__(), type(iter([])).__length_hint__(iter([5])))
