# ImportError/ModuleNotFoundError messages for built-in module lookups.
try:
    import definitely_not_a_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from sys import not_a_function
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    import sys.nothing
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
