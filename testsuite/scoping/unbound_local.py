# Assignment anywhere in a function makes the name local everywhere in it.
value = 1
def f():
    try:
        print(value)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    value = 2
    return value
print(f())
def g(flag):
    if flag:
        y = "set"
    try:
        return y
    except UnboundLocalError as e:
        return type(e).__name__
print(g(True), g(False))
def h():
    del_me = 1
    del del_me
    try:
        return del_me
    except UnboundLocalError as e:
        return type(e).__name__
print(h())
