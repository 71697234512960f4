# globals() and locals().
x = 5
g = globals()
print(g["x"], "x" in g, g is globals())
g["created"] = "via globals"
print(created)
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
print(type(globals()).__name__, __name__)
