# Containers nested far deeper than the recursion limit: comparing them raises RecursionError
# (never overruns the machine stack); forty levels still work (a STM32F405 has 16 KiB of stack).
def show(f):
    try:
        print(repr(f()))
    except RecursionError as e:
        print("RecursionError")
    except Exception as e:
        print(type(e).__name__, e)


def nest(depth, make=lambda x: [x]):
    x = 0
    for _ in range(depth):
        x = make(x)
    return x


x, y = nest(1200), nest(1200)
show(lambda: x == y)
show(lambda: x != y)
show(lambda: x < y)
show(lambda: x in [y])
show(lambda: sorted([x, y]))
del x, y
show(lambda: nest(40) == nest(40))
show(lambda: nest(40) < nest(40, lambda v: [v, 1]))
show(lambda: hash(nest(40, lambda v: (v,))) == hash(nest(40, lambda v: (v,))))
show(lambda: nest(20, lambda v: frozenset([v])) == nest(20, lambda v: frozenset([v])))
print("still running")
