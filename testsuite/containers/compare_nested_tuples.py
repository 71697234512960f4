# Comparing tuples nested deeper than the recursion limit raises RecursionError (no overrun
# of the machine stack), as lists and dicts did.
x = ()
y = ()
for i in range(1500):
    x = (x,)
    y = (y,)
tests = [
    lambda: x == y,
    lambda: x in [y],
    lambda: x == (x,),
    lambda: {x: 1}[y],
    lambda: x < y,
    lambda: x in {y},
]
for f in tests:
    try:
        print(f())
    except RecursionError:
        print("RecursionError")
# Shallow ones still compare (and work as keys).
a = b = 1
for i in range(30):
    a = (a, i)
    b = (b, i)
print(a == b, {a: "found"}[b], (a, 0) < (b, 1))
