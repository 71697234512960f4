# Conditional expressions.
for n in range(-2, 3):
    print(n, "neg" if n < 0 else "zero" if n == 0 else "pos")
def side(tag):
    print("eval", tag)
    return tag
print(side("a") if True else side("b"))
print(side("a") if False else side("b"))
xs = [x if x % 2 else -x for x in range(5)]
print(xs)
f = lambda x: "big" if x > 10 else "small"
print(f(5), f(50))
print((1, 2) if [] else (3, 4))
