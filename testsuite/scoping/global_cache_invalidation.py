# LOAD_GLOBAL and STORE_GLOBAL remember where they found a name; every way of changing the
# globals or the builtins must still be seen by code that ran before the change.
import builtins


def use_len():
    return len("abc")


def read_x():
    return x


x = 1
results = []
for round in range(3):
    results.append(read_x())
    x = x + 1
print(results)

# A global that shadows a builtin after the cache saw the builtin, then goes away again.
print(use_len(), use_len())
len = lambda s: -1
print(use_len())
del len
print(use_len())

# Changing the builtins module itself.
saved_len = builtins.len
builtins.len = lambda s: 99
print(use_len())
builtins.len = saved_len
print(use_len())

# globals() changes: insert, delete, re-insert (the entry moves).
g = globals()


def read_y():
    return y


g["y"] = "first"
print(read_y(), read_y())
del g["y"]
try:
    read_y()
except NameError as e:
    print("NameError", e)
g["y"] = "again"
print(read_y())

# Many new globals (the dict grows and rehashes), then all removed again.
for i in range(40):
    g["name%d" % i] = i
print(read_x(), read_y(), name39)


def read_z():
    return z


a1 = 1
z = "z1"
print(read_z())
del a1
for i in range(40):
    del g["name%d" % i]
print(read_z())


# STORE_GLOBAL through the cache, then del and recreate.
def set_w(v):
    global w
    w = v


set_w(1)
set_w(2)
print(w)
del w
set_w(3)
print(w, read_z())

# The same source run in two namespaces: each function reads its own globals.
source = "def r():\n    return x\n"
first = {"x": "first ns"}
second = {"x": "second ns"}
exec(source, first)
exec(source, second)
for _ in range(2):
    print(first["r"](), second["r"](), read_x())
second["x"] = "changed"
del first["x"]
try:
    first["r"]()
except NameError as e:
    print("NameError", e)
print(second["r"]())


# A builtin deleted from the builtins after being cached.
def use_abs():
    return abs(-2)


print(use_abs(), use_abs())
saved_abs = builtins.abs
del builtins.abs
try:
    use_abs()
except NameError as e:
    print("NameError", e)
builtins.abs = saved_abs
print(use_abs())
