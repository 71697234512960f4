# Bound and unbound methods.
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, greeting="hello"):
        return f"{greeting}, {self.name}"
g = Greeter("ann")
bound = g.greet
print(bound(), bound("hi"))
print(Greeter.greet(g, "hey"))
print(bound.__self__ is g, bound.__func__ is Greeter.greet)
methods = [Greeter(n).greet for n in ["x", "y"]]
print([m() for m in methods])
print(list(map(str.upper, ["a", "b"])))
print("-".join.__self__)
try:
    Greeter.greet()
except TypeError as e:
    print(type(e).__name__, e)
