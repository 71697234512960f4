# sys.builtin_module_names: a tuple of str naming modules that need no file ('sys' among them).
import sys

names = sys.builtin_module_names
print(type(names).__name__, "sys" in names, "builtins" in names, all(type(n) is str for n in names))
print(names is sys.builtin_module_names, len(set(names)) == len(names))
print("no_such_module" in names)
