# Local, Enclosing, Global, Built-in lookup order.
len = lambda x: "shadowed len"
print(len([1, 2]))
del len
print(len([1, 2]))
x = "global x"
def f():
    x = "enclosing x"
    def g():
        return x
    return g()
print(f())
def h():
    return x
print(h())
def uses_builtin():
    return max(3, 7)
print(uses_builtin())
import builtins
print(builtins.len("abc"), builtins.max is max)
