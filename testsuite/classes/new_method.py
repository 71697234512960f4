# __new__: custom allocation, singletons, immutable subclasses.
class Singleton:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            print("created")
        return cls._instance
    def __init__(self, value):
        self.value = value
a = Singleton(1)
b = Singleton(2)
print(a is b, a.value)
class Upper(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())
u = Upper("shout")
print(u, type(u).__name__, len(u), u + "!")
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Point(3, 4)
print(p, p.x, p[1], isinstance(p, tuple))
class NotInit:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(NotInit())
