# finally blocks run when a generator is exhausted, closed or raises.
def tracked(name):
    try:
        yield name + "1"
        yield name + "2"
    finally:
        print("finally", name)
print(list(tracked("a")))
g = tracked("b")
print(next(g))
g.close()
g = tracked("c")
next(g)
try:
    g.throw(ValueError("x"))
except ValueError:
    print("raised out of c")
def with_return():
    try:
        yield 1
        return
    finally:
        print("finally after return")
print(list(with_return()))
