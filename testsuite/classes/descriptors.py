# Descriptors: __get__/__set__/__delete__ and __set_name__, data vs non-data precedence.
class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int, got {type(value).__name__}")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.name)
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class Pin:
    number = Typed()
    label = NonData()
p = Pin()
p.number = 13
print(p.number, type(Pin.number).__name__, Pin.number.name)
try:
    p.number = "x"
except TypeError as e:
    print(type(e).__name__, e)
del p.number
print(p.number)
print(p.label)
p.label = "instance wins over non-data"
print(p.label)
p.__dict__["number"] = "ignored: data descriptor wins"
p.number = 5
print(p.number)
