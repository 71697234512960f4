import gc
class C:
    def __del__(self):
        global k
        k = self
def g():
    try:
        yield 1
    finally:
        yield 2
x = g(); next(x); c = C(); c.c = c
del x, c
gc.collect()
f = open("f", "w"); f.write("a")
