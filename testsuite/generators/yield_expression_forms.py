# yield as an expression: in assignments, arguments, conditions and with tuples.
def g():
    x = yield
    print("got", x)
    y = (yield x * 2) + 1
    print("y is", y)
    z = yield 1, 2
    print("z is", z)
    while (w := (yield "ready")) != "stop":
        print("loop got", w)
    yield "stopped"
it = g()
print(next(it))
print(it.send(5))
print(it.send(9))
print(it.send("zz"))
print(it.send("a"), it.send("b"))
print(it.send("stop"))
