# A generator dropped while suspended inside try/finally or with is closed when it is freed:
# its finally and __exit__ run. Pyrite frees it at the next collection, CPython at once, so
# each drop is followed by gc.collect() before anything else is printed.
import gc


def counted(tag):
    try:
        yield 1
        yield 2
    finally:
        print("finally", tag)


g = counted("del")
print(next(g))
del g
gc.collect()
print("after del")

for value in counted("break"):
    print("got", value)
    break
gc.collect()
print("after break")


class Resource:
    def __enter__(self):
        print("open")
        return self

    def __exit__(self, kind, value, traceback):
        print("close", kind.__name__ if kind else None)
        return False


def reading():
    with Resource():
        yield "line 1"
        yield "line 2"


r = reading()
print(next(r))
r = None
gc.collect()
print("after with")


def outer():
    yield from counted("inner")


o = outer()
print(next(o))
del o
gc.collect()
print("after yield from")


def catching():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit")
        raise


c = catching()
next(c)
del c
gc.collect()
print("after except")

# In a cycle: the generator holds a list that holds the generator.
def cyclic(box):
    try:
        yield box
    finally:
        print("finally cyclic", len(box))


box = []
c = cyclic(box)
box.append(c)
next(c)
del c, box
gc.collect()
print("after cycle")

# Not started, finished, or suspended outside any try: nothing to run.
def plain():
    yield 1


p = plain()
next(p)
del p
q = counted("never started")
del q
f = counted("finished")
print(list(f))
del f
gc.collect()
print("end")
