# sys.excepthook and sys.__excepthook__: the default hook (the same object under both names
# until replaced), called directly it prints the traceback on stderr; a program may replace
# it (uncaught exceptions then go to the new hook: the host's tests/excepthook.rs).
import sys
print(sys.excepthook is sys.__excepthook__, callable(sys.excepthook))
print(sys.excepthook(ValueError, ValueError("shown on stderr"), None))
def hook(kind, value, tb):
    print("hook:", kind.__name__, value)
sys.excepthook = hook
print(sys.excepthook is hook, sys.__excepthook__ is not hook)
sys.excepthook(KeyError, KeyError("k"), None)
sys.excepthook = sys.__excepthook__
print(sys.excepthook is sys.__excepthook__)
print("excepthook" in dir(sys), "__excepthook__" in dir(sys))
print(sys.excepthook(TypeError, "not an exception", None))  # reported on stderr, returns None
