# sys.__stdin__/__stdout__/__stderr__ are the console's streams, so a program that replaced sys.stdout can restore it.
import sys, io
print(sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr, sys.__stdin__ is sys.stdin)
sys.stdout = io.StringIO()
print("hidden")
captured = sys.stdout.getvalue()
sys.stdout = sys.__stdout__
print(repr(captured))
try:
    sys.nothing
except AttributeError as e:
    print(e)
print(hasattr(sys, "__stdout__"))
