# __hash__ and __eq__ make objects usable as dict keys and set members.
class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, o):
        return (self.a, self.b) == (o.a, o.b)
    def __hash__(self):
        return hash((self.a, self.b))
d = {Key(1, 2): "first"}
print(d[Key(1, 2)], Key(1, 2) in d, Key(2, 1) in d)
s = {Key(1, 1), Key(1, 1), Key(2, 2)}
print(len(s))
class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly.__hash__ is None)
try:
    {EqOnly()}
except TypeError as e:
    print(type(e).__name__, e)
class Ident:
    pass
i = Ident()
print(i == i, i == Ident(), len({i, i}))
class H:
    def __hash__(self):
        return 7
    def __eq__(self, o):
        return isinstance(o, H)
print(hash(H()), len({H(), H()}))
print(hash(1) == hash(1.0) == hash(True), hash((1, 2)) == hash((1, 2)))
