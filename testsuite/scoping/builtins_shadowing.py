# Shadowing built-ins locally does not affect other scopes.
def f():
    list = "not a list"
    return list
print(f(), list("ab"))
def g():
    print = lambda *a: None
    print("silenced")
    return "g done"
print(g())
str = int
print(str("5") + 1)
del str
print(str(5) + "1")
