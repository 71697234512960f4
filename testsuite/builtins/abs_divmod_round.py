# abs, divmod, round on ints, floats, bools and user types.
print(abs(-7), abs(7.5), abs(-0.0), abs(True), abs(-(10 ** 30)))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(10 ** 20, 3))
print(round(3.14159, 3), round(-2.5), round(1234.5678, -2), round(True))
class A:
    def __abs__(self):
        return "absolute"
    def __round__(self, n=None):
        return f"rounded {n}"
print(abs(A()), round(A()), round(A(), 2))
try:
    abs("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod(1, "x")
except TypeError as e:
    print(type(e).__name__, e)
