# __call__, __bool__, __len__ and truth testing.
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x * self.k
triple = Multiplier(3)
print(triple(5), callable(triple), list(map(triple, [1, 2])))
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print("bool called")
        return self.on
print(bool(Flag(True)), not Flag(False))
if Flag(False):
    print("no")
else:
    print("falsy object")
class Sized:
    def __len__(self):
        return 0
print(bool(Sized()), "truthy" if Sized() else "empty")
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(Both()))
class Bad:
    def __bool__(self):
        return 1
try:
    bool(Bad())
except TypeError as e:
    print(type(e).__name__, e)
