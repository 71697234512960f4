# Lambdas close over enclosing scopes like functions.
def multiplier(n):
    return lambda x: x * n
double, triple = multiplier(2), multiplier(3)
print(double(5), triple(5))
k = 10
add_k = lambda x: x + k
k = 20
print(add_k(1))
adders = {name: (lambda v, s=step: v + s) for name, step in [("one", 1), ("two", 2)]}
print(adders["one"](10), adders["two"](10))
