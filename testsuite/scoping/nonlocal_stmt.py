# nonlocal rebinding in enclosing function scopes.
def outer():
    x = 0
    def inc():
        nonlocal x
        x += 1
    def get():
        return x
    inc(); inc()
    return get(), x
print(outer())
def two_levels():
    v = "outer"
    def middle():
        def inner():
            nonlocal v
            v = "changed by inner"
        inner()
        return v
    return middle(), v
print(two_levels())
def shadowing():
    x = "enclosing"
    def f():
        x = "local"
        return x
    f()
    return x
print(shadowing())
try:
    exec("def bad():\n    nonlocal q\n")
except SyntaxError as e:
    print(type(e).__name__)
