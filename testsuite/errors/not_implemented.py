# NotImplemented from binary dunders turns into TypeError; NotImplementedError is separate.
class A:
    def __add__(self, o):
        return NotImplemented
    def __eq__(self, o):
        return NotImplemented
try:
    A() + A()
except TypeError as e:
    print(type(e).__name__, e)
a = A()
print(a == a, A() == A(), A() != A())
class Base:
    def run(self):
        raise NotImplementedError
try:
    Base().run()
except NotImplementedError as e:
    print(type(e).__name__, repr(e))
print(bool(NotImplemented) if False else type(NotImplemented).__name__)
