# Recursion that passes through built-in code (sum over a generator, repr calling __repr__,
# == calling __eq__, functools.cache, f(*args)) goes as deep as plain recursion does, within
# the recursion limit.
class Tree:
    def __init__(self, kids):
        self.kids = kids


def size(node):
    return 1 + sum(size(kid) for kid in node.kids)


tree = Tree([])
for _ in range(300):
    tree = Tree([tree])
print(size(tree))


class Link:
    def __init__(self, rest):
        self.rest = rest

    def __repr__(self):
        return "L(" + repr(self.rest) + ")"


chain = None
for _ in range(300):
    chain = Link(chain)
print(len(repr(chain)))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == 0 or Countdown(self.n - 1) == other


print(Countdown(300) == 1)
print(list(map(lambda n: size(tree), [1])))

import functools
import sys


@functools.cache
def cached(n):
    return 0 if n == 0 else 1 + cached(n - 1)


print(cached(300))


def spread(n):
    return n if n == 0 else 1 + spread(*[n - 1])


sys.setrecursionlimit(5000)
print(spread(3000))
