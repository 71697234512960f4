# eval() and exec() without a namespace, in a function, see its local, cell and free
# variables (a snapshot, as locals() gives: exec's assignments do not reach them).
def f():
    y = 5
    return eval('y + 1')
print(f())
def g():
    a = 1
    def h():
        b = 2
        return sorted(locals()), eval('a + b'), a
    return h()
print(g())
def k():
    z = 1
    exec('z = 2; w = 3')
    return z
print(k())
def m():
    q = 10
    return eval('[q * i for i in range(3)]') if False else eval('q * 2')
print(m())
def n():
    c = 3
    def inner():
        return c
    return sorted(locals()), eval('c')
print(n())
x = 7
print(eval('x'), [eval('x + i') for i in range(2)])
class C:
    v = 4
    r = eval('v + 1')
print(C.r)
def gen():
    t = 9
    yield eval('t')
print(list(gen()))
