# yield from delegates iteration, send, throw and return values.
def inner():
    x = yield "inner-1"
    print("inner got", x)
    yield "inner-2"
    return "inner result"
def outer():
    result = yield from inner()
    print("outer got", result)
    yield "outer-done"
g = outer()
print(next(g))
print(g.send("hello"))
print(next(g))
print(next(g, "end"))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(2))))
def tree(node):
    value, children = node
    yield value
    for c in children:
        yield from tree(c)
print(list(tree((1, [(2, [(4, [])]), (3, [])]))))
def catcher():
    try:
        yield 1
    except KeyError:
        yield "caught in inner"
def delegator():
    yield from catcher()
d = delegator()
next(d)
print(d.throw(KeyError))
