# Names whose strings are built at run time ("g%d" % i) are the same names as the
# identifiers the compiler sees: globals(), __dict__, type() and setattr/delattr agree.
for i in range(3):
    globals()["g%d" % i] = i


def store():
    global g2
    g2 = 50
    return g1


print(store(), g2, globals()["g2"], [k for k in globals() if k.startswith("g") and k[1:].isdigit()])
exec("g1 = 11")
print(g1, sorted(k for k in globals() if k in ("g0", "g1", "g2")))
del globals()["g0"]
try:
    g0
except NameError as e:
    print(type(e).__name__, e)


class Plain:
    pass


p = Plain()
for i in range(3):
    p.__dict__["a%d" % i] = i
p.a1 = 10
print(p.a0, p.a1, p.a2, sorted(p.__dict__.items()))
del p.a2
print(sorted(p.__dict__), hasattr(p, "a2"))
setattr(p, "b" + "1", 5)
p.b1 += 1
print(p.b1, getattr(p, "".join(["b", "1"])))

T = type("T", (), {"m%d" % 1: 1, "".join(["__", "len", "__"]): lambda self: 7})
T.m1 = 2
print(T.m1, T.__dict__["m1"], len(T()))
setattr(T, "n" + "1", 3)
T.n1 += 1
print(T.n1, T().n1)
delattr(T, "m" + "1")
print(hasattr(T, "m1"))


def module_level_names():
    namespace = {}
    namespace["v" + "1"] = 1
    exec("v1 = v1 + 1\nw = v1 * 10", namespace)
    return namespace["v1"], namespace["w"], sorted(k for k in namespace if k != "__builtins__")


print(module_level_names())


def keywords(alpha, *, beta=2):
    return alpha, beta


print(keywords(**{"al" + "pha": 1, "be" + "ta": 3}))
p.__dict__.update({"z" + "1": 5})
vars(p)["z" + "2"] = 6
p.z1 = 7
print(p.z1, p.z2, sorted(k for k in vars(p) if k.startswith("z")))


class Body:
    vars()["k" + "1"] = 9
    y = k1 + 1


print(Body.k1, Body.y)
