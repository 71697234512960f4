# Instances of a class whose MRO defines __slots__ without '__dict__' have no __dict__; subclasses without __slots__ get one back; unhashable built-in subclasses are named by their own class.
class S:
    __slots__ = ("a",)
s = S()
try:
    vars(s)
except TypeError as e:
    print(e)
class D(S):
    pass
d = D()
d.x = 1
print(d.__dict__)
class E:
    __slots__ = ("a", "__dict__")
e = E()
e.z = 2
print(e.__dict__)
class L(list):
    pass
for value in (L(), {}, bytearray()):
    try:
        hash(value)
    except TypeError as e:
        print(e)
print(hasattr(S(), "__dict__"), hasattr(D(), "__dict__"))
