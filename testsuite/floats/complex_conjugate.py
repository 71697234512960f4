# conjugate() of complex, float and int, and the descriptor's type check.
print((1 + 2j).conjugate(), complex.conjugate(3j), (-0.0 - 1j).conjugate())
print((2.5).conjugate(), (5).conjugate(), True.conjugate())


class C(complex):
    pass


print(C(1, 1).conjugate(), type(C(1, 1).conjugate()).__name__)
try:
    complex.conjugate(1.0)
except TypeError as e:
    print(e)
