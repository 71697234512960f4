# bisect: bisect_left/right, insort_left/right and their aliases, with lo, hi, key= and CPython's errors.
import bisect

a = [1, 2, 2, 2, 3, 5, 8]
for x in (0, 1, 2, 3, 4, 8, 9):
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left([], 1), bisect.bisect_right([], 1))

# lo and hi bound the search (positionally or by keyword).
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 2), bisect.bisect_left(a, 5, lo=1, hi=4))
print(bisect.bisect_right(a, 2, hi=None), bisect.bisect_right(a, 2, 0, -1), bisect.bisect_left(a, 9, 3, 3))

# key= applies to the items, not to x.
people = [("ann", 19), ("bob", 25), ("cy", 25), ("dee", 40)]
age = lambda p: p[1]
print(bisect.bisect_left(people, 25, key=age), bisect.bisect_right(people, 25, key=age))
print(bisect.bisect(people, 30, key=age), bisect.bisect_left(people, 100, 1, 3, key=age))

# insort keeps the list sorted; left/right decides among equal items.
b = []
for x in (5, 1, 4, 1, 5, 9, 2, 6):
    bisect.insort(b, x)
print(b)
pairs = [(1, "a"), (2, "b")]
bisect.insort_left(pairs, (2, "x"), key=lambda p: p[0])
bisect.insort_right(pairs, (1, "y"), key=lambda p: p[0])
bisect.insort(pairs, (0, "z"), key=lambda p: p[0])
print(pairs)
c = [1, 1.0, 2]
bisect.insort_left(c, True)
bisect.insort_right(c, 1)
print(c, [type(v).__name__ for v in c])
d = [0, 10, 20, 30]
bisect.insort(d, 25, 0, 2)
print(d)
bisect.insort_right(d, 5, lo=1)
print(d)

# Any sequence with __getitem__ and len works; strings compare as strings.
print(bisect.bisect_left("acegi", "d"), bisect.bisect(("a", "c"), "b"), bisect.bisect_left(range(0, 100, 5), 42))
words = sorted(["pear", "apple", "fig", "kiwi"])
bisect.insort(words, "grape")
print(words)


# A class with only __lt__.
class V:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v


vs = [V(1), V(3), V(5)]
print(bisect.bisect_left(vs, V(3)), bisect.bisect_right(vs, V(3)))

# Errors
for call in (lambda: bisect.bisect_left(a, 1, -1), lambda: bisect.insort(a, 1, -5),
             lambda: bisect.bisect_right([1], 1, 0, 5), lambda: bisect.bisect(1, 1),
             lambda: bisect.bisect([1, 2], 1, key=1), lambda: bisect.bisect([1, "a"], 2)):
    try:
        call()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
