# A built-in class's method called unbound on an object of another type: TypeError, and a
# frozenset is never changed through set's methods.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class L(list):
    pass


show(lambda: list.append(3, 4))
show(lambda: list.sort((3, 1)))
show(lambda: str.upper(5))
show(lambda: str.join(b"-", ["a"]))
show(lambda: str.split(bytearray(b"a b")))
show(lambda: dict.get([], 1))
show(lambda: dict.keys({1: 2}.items()))
show(lambda: dict.update(object(), a=1))
fs = frozenset({1})
for name in ["add", "discard", "remove", "update", "intersection_update",
             "difference_update", "symmetric_difference_update"]:
    show(lambda: getattr(set, name)(fs, {1}))
show(lambda: set.pop(fs))
show(lambda: set.clear(fs))
print(fs)
l = L()
show(lambda: list.append(l, 1))
print(l)
show(lambda: set.add(5))
