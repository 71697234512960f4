# Comprehensions have their own scope; the loop variable does not leak.
x = "outer"
squares = [x * x for x in range(4)]
print(squares, x)
def f():
    n = 10
    return [n + i for i in range(3)]
print(f())
class C:
    base = 5
    vals = [i for i in range(3)]
    try:
        bad = [base + i for i in range(2)]
    except NameError as e:
        err = type(e).__name__
print(C.vals, C.err)
print({k: v for k, v in [(1, 2)]}, {x for x in "aa"})
print([(lambda: i)() for i in range(3)])
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
