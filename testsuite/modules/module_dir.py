# dir() of a module: a module __dir__ (PEP 562) answers for it; sys and the library's modules
# list the names they make on first use too.
import collections
import functools
import sys
import types

names = dir(sys)
print([n for n in ("__stdin__", "__stdout__", "__stderr__", "builtin_module_names", "exit",
                   "path", "modules") if n in names], "__getattr__" in names)
print([n in dir(collections) for n in ("Counter", "OrderedDict", "ChainMap", "deque",
                                       "namedtuple", "defaultdict", "UserDict")])
print(all(n in dir(functools) for n in ("lru_cache", "partial", "reduce", "wraps",
                                        "cached_property", "singledispatch")))
print(dir(functools) == sorted(dir(functools)), len(dir(sys)) == len(set(dir(sys))))
m = types.ModuleType("m")
m.__dir__ = lambda: ["b", "a", "c"]
print(dir(m))
m.__dir__ = lambda: iter(("z", "y"))
print(dir(m))
m.__dir__ = lambda: 5
try:
    dir(m)
except TypeError as e:
    print("TypeError:", e)
