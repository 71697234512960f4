# StopIteration from next(), and the default argument.
it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, e.args)
print(next(it, "default"))
print(next(iter(()), None))
class Limited:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration("done")
        return self.i
print(list(Limited()))
try:
    next(5)
except TypeError as e:
    print(type(e).__name__, e)
