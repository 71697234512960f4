# operator's in-place functions (iand ... imatmul), call, and the dunder aliases (__add__ is add).
import operator
names = ['iand', 'ior', 'ixor', 'imod', 'ipow', 'itruediv', 'ifloordiv', 'ilshift', 'irshift', 'imatmul', 'call']
print([n for n in names if not hasattr(operator, n)])
dunders = [n for n in dir(operator) if n.startswith('__') and n.endswith('__') and callable(getattr(operator, n)) and n not in ('__loader__',)]
print(len([n for n in ['__add__', '__and__', '__not__', '__lt__', '__getitem__', '__iadd__', '__iconcat__', '__call__', '__index__', '__abs__', '__concat__', '__matmul__'] if hasattr(operator, n)]))
print(operator.__add__ is operator.add, operator.__not__(0), operator.__or__(1, 2), operator.__index__(5))
x = [1]; print(operator.iand(6, 3), operator.ior(4, 1), operator.ixor(5, 1), operator.imod(7, 3), operator.ipow(2, 5))
print(operator.itruediv(7, 2), operator.ifloordiv(7, 2), operator.ilshift(1, 4), operator.irshift(64, 2))
s = {1, 2}; t = operator.iand(s, {2, 3}); print(t is s, s)
print(operator.call(max, 3, 9, key=lambda v: -v), operator.call(lambda **k: k, a=1))
try: operator.call()
except TypeError as e: print("TypeError")
