# Globals are looked up at call time.
def show():
    return later_defined
later_defined = "exists now"
print(show())
later_defined = "changed"
print(show())
def call_undefined():
    return not_yet()
try:
    call_undefined()
except NameError as e:
    print(type(e).__name__, e)
def not_yet():
    return "defined after all"
print(call_undefined())
