# Assignment expressions (:=).
data = [1, 5, 12, 7, 20, 3]
if (n := len(data)) > 4:
    print("long list", n)
big = [y for x in data if (y := x * 2) > 10]
print(big, y)
it = iter(data)
total = 0
while (item := next(it, None)) is not None:
    total += item
print(total)
print((z := 10), z + 1)
def f():
    [w := i for i in range(3)]
    return w
print(f())
print([last := c for c in "abc"], last)
try:
    exec("(a.b := 1)")
except SyntaxError:
    print("SyntaxError")
