# int as a type: subclassing, isinstance, methods on literals.
class MyInt(int):
    def double(self):
        return MyInt(self * 2)
m = MyInt(21)
print(m, m.double(), type(m.double()).__name__, m + 1, type(m + 1).__name__, isinstance(m, int))
print((5).__add__(3), (5).__mul__(2), (7).__floordiv__(2), (5).__neg__())
print(int.__name__, (3).__class__.__name__)
print((5).__eq__(5.0), (5).__lt__("x"))
