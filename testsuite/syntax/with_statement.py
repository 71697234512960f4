# with: one and several items, as-targets, exceptions inside.
class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return self.swallow
with CM("a") as v:
    print("body", v)
with CM("b") as x, CM("c") as y:
    print("body", x, y)
with CM("d", swallow=True):
    raise ValueError("swallowed")
print("after swallow")
try:
    with CM("e"), CM("f", swallow=False):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
with CM("g"):
    pass
with (CM("h") as p, CM("i") as q):
    print(p, q)
def early():
    with CM("j"):
        return "returned"
print(early())
for n in range(2):
    with CM("k" + str(n)):
        if n == 0:
            continue
        break
