# Local vs global lookups inside functions.
x = "global"
def read():
    return x
def shadow():
    x = "local"
    return x
def unbound():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x = 1
print(read(), shadow(), x)
unbound()
def use_global():
    global x
    x = "changed"
use_global()
print(x)
def params_are_local(x):
    x = x + "!"
    return x
print(params_are_local("p"), x)
