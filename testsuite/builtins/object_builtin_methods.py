# Methods every object gets from object.
class P:
    pass
p = P()
print(p.__class__ is P, type(p.__eq__(p)).__name__, p.__ne__(p), p.__eq__(1) is NotImplemented)
print(P.__name__, P.__module__, p.__class__.__name__, isinstance(p.__dict__, dict))
print(object.__init__ is not None, (5).__str__(), "ab".__len__(), [1, 2].__contains__(2))
print((3).__repr__(), "x".__add__("y"), [1].__add__([2]), {1: 2}.__getitem__(1))
