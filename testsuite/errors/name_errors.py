# NameError messages.
try:
    undefined_variable
except NameError as e:
    print(type(e).__name__, e)
def f():
    return missing_global
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
def g():
    print(local_later)
    local_later = 1
try:
    g()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def outer():
    def inner():
        return free_var
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    free_var = 1
outer()
