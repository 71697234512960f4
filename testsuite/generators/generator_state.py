# Generator attributes and states.
def gen():
    yield 1
    yield 2
g = gen()
print(g.__name__, g.gi_running, g.gi_frame is not None)
next(g)
next(g)
print(next(g, "x"), g.gi_frame)
def self_ref():
    yield me.gi_running
me = self_ref()
print(next(me))
def reentrant():
    yield next(r)
r = reentrant()
try:
    next(r)
except ValueError as e:
    print(type(e).__name__, e)
