# global in a nested function affects module scope, not the enclosing function.
x = "module"
def outer():
    x = "outer local"
    def inner():
        global x
        x = "set by inner"
    inner()
    return x
print(outer(), x)
