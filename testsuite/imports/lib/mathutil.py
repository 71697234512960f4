"""Small math helpers."""
print("lib.mathutil executed")
PI = 3
def square(x):
    return x * x
def cube(x):
    return x * square(x)
_private = "hidden"
