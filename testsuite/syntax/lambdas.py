# Lambda expressions.
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=3, a=4))
print((lambda *a, **k: (a, sorted(k)))(1, 2, x=3))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
fs = [lambda i=i: i * 10 for i in range(3)]
print([f() for f in fs])
late = [lambda: i for i in range(3)]
print([f() for f in late])
print((lambda: None)())
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, abs)(-5))
print(add.__name__)
print((lambda x, /, y, *, z: (x, y, z))(1, 2, z=3))
