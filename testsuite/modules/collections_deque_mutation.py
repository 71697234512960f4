# A deque changed while it is iterated or searched: CPython raises instead of running on
# over moving items (an append inside `for x in d` would otherwise never end).
from collections import deque


def attempt(label, f):
    try:
        print(label, f())
    except (RuntimeError, IndexError, ValueError, StopIteration) as e:
        print(label, type(e).__name__, e)


d = deque([1, 2, 3])


def grow():
    for x in d:
        d.append(x)


attempt("append", grow)
print(d)
d = deque([1, 2, 3])


def shrink():
    for x in d:
        d.popleft()


attempt("popleft", shrink)
print(d)

d = deque("abc")
it = iter(d)
print(next(it), type(it).__name__, type(reversed(d)).__name__)
d[1] = "B"  # replacing an item is no change of shape
print(list(it), list(reversed(d)))
it = reversed(d)
d.appendleft("z")
attempt("reversed", lambda: list(it))
attempt("again", lambda: next(it))


class Clears:
    def __init__(self, target):
        self.target = target

    def __eq__(self, other):
        self.target.clear()
        return False


for name in ("count", "index", "remove", "__contains__"):
    q = deque()
    q.extend([Clears(q), Clears(q), 1])
    attempt(name, lambda: getattr(q, name)(1))


class Equal:
    def __init__(self, target):
        self.target = target

    def __eq__(self, other):
        self.target.append(0)
        return True


q = deque()
q.append(Equal(q))
attempt("found", lambda: q.index(5))
attempt("in", lambda: 5 in q)

d = deque([0, 1, 2, 1, 0])
print(d.count(1), d.index(1), d.index(1, 2), d.index(0, -2), d.index(2, -10, 10))
attempt("missing", lambda: d.index(1, 4))
attempt("missing", lambda: d.index(7))
d.remove(1)
print(d, 2 in d, 9 in d)
attempt("remove", lambda: d.remove(9))
m = deque(range(6), maxlen=3)
print(list(m), list(reversed(m)), [x for x in m if x > 3])
