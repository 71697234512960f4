# __import__ returns the top-level package unless fromlist is given.
top = __import__("lib.mathutil")
print(top.__name__, top.mathutil.square(2))
mod = __import__("lib.mathutil", fromlist=["square"])
print(mod.__name__)
shapes = __import__("lib.shapes", fromlist=["Circle"])
print(shapes.__name__, shapes.Circle.__name__)
