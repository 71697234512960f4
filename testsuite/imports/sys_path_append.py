# Adding a directory to sys.path makes its modules importable.
import sys
try:
    import flatmod
except ImportError:
    print("not importable yet")
sys.path.insert(0, "lib/flat")
import flatmod
print(flatmod.where(), flatmod.__name__)
