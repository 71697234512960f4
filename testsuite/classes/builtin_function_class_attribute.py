# Built-in and module functions kept in a class do not bind to its instances (CPython's
# builtin_function_or_method has no __get__); native methods of built-in types still do.
import math, struct, operator
class A:
    sqrt = math.sqrt
    log = print
    absf = abs
    pack = struct.pack
    biggest = max
a = A()
print(a.sqrt(16)); a.log("hi")
print(a.absf(-3), a.pack("<H", 1), a.biggest(3, 9))
f = a.sqrt
print(f(9), a.absf is abs, A.__dict__['absf'] is abs, A.sqrt(25))
class L(list):
    pass
l = L([3, 1])
l.append(2); l.sort(); print(l)
class D(dict):
    pass
d = D(a=1); print(d.get("a"), d.keys())
import collections
q = collections.deque([1]); q.append(2); print(q)
