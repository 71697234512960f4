# types: the interpreter's types by name (checked on examples), SimpleNamespace, MappingProxyType, MethodType/ModuleType construction, new_class, coroutine.
import types
import sys


def f():
    pass


def gen():
    yield 1


async def coro():
    return 1


async def agen():
    yield 1


class C:
    def method(self):
        return self


def closure():
    x = 1
    return lambda: x


c = coro()
checks = [
    ("FunctionType", f, types.FunctionType),
    ("LambdaType", lambda: 0, types.LambdaType),
    ("CodeType", f.__code__, types.CodeType),
    ("CellType", closure().__closure__[0], types.CellType),
    ("GeneratorType", gen(), types.GeneratorType),
    ("CoroutineType", c, types.CoroutineType),
    ("AsyncGeneratorType", agen(), types.AsyncGeneratorType),
    ("MethodType", C().method, types.MethodType),
    ("BuiltinFunctionType", len, types.BuiltinFunctionType),
    ("BuiltinMethodType", abs, types.BuiltinMethodType),
    ("ModuleType", sys, types.ModuleType),
    ("NoneType", None, types.NoneType),
    ("EllipsisType", ..., types.EllipsisType),
    ("NotImplementedType", NotImplemented, types.NotImplementedType),
]
c.close()
for name, example, cls in checks:
    print(name, isinstance(example, cls), type(example) is cls, isinstance(cls, type))
print(isinstance(f, types.MethodType), isinstance(C.method, types.FunctionType))
for cls in (types.FunctionType, types.GeneratorType, types.MethodType, types.ModuleType,
            types.NoneType, types.EllipsisType, types.NotImplementedType, types.CodeType,
            types.CellType, types.BuiltinFunctionType):
    print(cls.__name__, end=" ")
print()

# MethodType binds a function to an object.
def describe(self, extra):
    return "%s %s" % (self.name, extra)


class Named:
    name = "obj"


obj = Named()
m = types.MethodType(describe, obj)
print(m("!"), m.__self__ is obj, m.__func__ is describe)
obj.describe = m
print(obj.describe("again"))
for args in ((1, obj), (describe, None), (describe,)):
    try:
        types.MethodType(*args)
    except TypeError as e:
        print("TypeError", e)

# ModuleType makes an empty module.
mod = types.ModuleType("scratch")
mod.value = 3
print(mod.__name__, mod.__doc__, mod.value, types.ModuleType("d", "a doc").__doc__)
try:
    types.ModuleType(5)
except TypeError as e:
    print("TypeError", e)

# SimpleNamespace
ns = types.SimpleNamespace(b=2, a=1)
print(ns, repr(ns), ns.a, ns.b)
ns.c = [3]
del ns.a
print(ns, sorted(vars(ns)))
print(types.SimpleNamespace() == types.SimpleNamespace(), types.SimpleNamespace(x=1) == types.SimpleNamespace(x=1))
print(types.SimpleNamespace(x=1) == types.SimpleNamespace(x=2), types.SimpleNamespace(x=1) != types.SimpleNamespace(x=2))
print(types.SimpleNamespace(x=1) == {"x": 1}, types.SimpleNamespace(x=1) != {"x": 1})
print(types.SimpleNamespace(**{"key": "value"}))
ns = types.SimpleNamespace(n=1)
ns.me = ns
print(ns)


class Sub(types.SimpleNamespace):
    pass


s = Sub(z=26)
print(s, s == types.SimpleNamespace(z=26), isinstance(s, types.SimpleNamespace))
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print("TypeError", e)
try:
    hash(types.SimpleNamespace())
except TypeError:
    print("unhashable")
try:
    ns.missing
except AttributeError:
    print("AttributeError")

# MappingProxyType: a read-only live view.
d = {"a": 1, "b": 2}
mp = types.MappingProxyType(d)
print(mp, mp["a"], len(mp), "a" in mp, "z" in mp, list(mp), mp.get("z", 0), mp.get("a"))
print(list(mp.keys()), list(mp.values()), list(mp.items()), list(reversed(mp)))
d["c"] = 3
print(mp["c"], len(mp), mp == d, mp == {"a": 1}, mp != d)
cp = mp.copy()
cp["d"] = 4
print(type(cp).__name__, "d" in mp)
print(mp | {"e": 5}, {"e": 5} | mp, mp | types.MappingProxyType({"f": 6}))
try:
    mp["a"] = 0
except TypeError as e:
    print("TypeError", e)
try:
    del mp["a"]
except TypeError as e:
    print("TypeError", e)
try:
    types.MappingProxyType([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    mp["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    hash(mp)
except TypeError as e:
    print("TypeError", e)
print(types.MappingProxyType(types.MappingProxyType({"n": 1}))["n"])


# new_class
def body(ns):
    ns["x"] = 1
    ns["double"] = lambda self: self.x * 2


K = types.new_class("K", (object,), exec_body=body)
print(K.__name__, K().double(), K.__bases__ == (object,))
Plain = types.new_class("Plain")
print(Plain.__name__, Plain.__bases__ == (object,))


class Meta(type):
    def __new__(mcls, name, bases, ns, **kwds):
        cls = super().__new__(mcls, name, bases, ns)
        cls.kwds = kwds
        return cls

    def __init__(cls, name, bases, ns, **kwds):
        super().__init__(name, bases, ns)


M = types.new_class("M", (), {"metaclass": Meta, "flag": True})
print(type(M).__name__, M.kwds)
Child = types.new_class("Child", (M,))
print(type(Child).__name__, Child.kwds)


# coroutine: a generator function becomes awaitable.
@types.coroutine
def step():
    value = yield
    return value


async def use():
    return await step()


runner = use()
runner.send(None)
try:
    runner.send("sent")
except StopIteration as e:
    print("coroutine result", e.value)
try:
    types.coroutine(5)
except TypeError as e:
    print("TypeError", e)
