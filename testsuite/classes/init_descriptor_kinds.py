# __init__ is found on the class and bound by the descriptor protocol, whatever it is.
class Recorder:
    def __call__(self, *args, **kwargs):
        print("callable instance:", [type(a).__name__ for a in args], sorted(kwargs))


class Binding:
    def __get__(self, instance, owner):
        def init(*args):
            print("bound by __get__:", type(instance).__name__, owner.__name__, args)
        return init


class A:
    __init__ = Recorder()


class B:
    @staticmethod
    def __init__(*args):
        print("staticmethod:", args)


class C:
    @classmethod
    def __init__(cls, *args):
        print("classmethod:", cls.__name__, args)


class D:
    __init__ = Binding()


class E:
    def __new__(cls, *args):
        print("custom __new__")
        return object.__new__(cls)

    __init__ = Recorder()


class Returns:
    def __call__(self, *args):
        return 42


class F:
    __init__ = Returns()


A(1, "x", key=3)
B(2)
C(3, 4)
D(5)
E(6)
print(type(A()).__name__, type(E()).__name__)
try:
    F()
except TypeError as error:
    print("TypeError:", error)
