# Mutual recursion and recursion through methods stay correct at moderate depth.
class Node:
    def __init__(self, value, next_node=None):
        self.value = value
        self.next = next_node
    def length(self):
        return 1 + (self.next.length() if self.next else 0)
    def total(self):
        return self.value + (self.next.total() if self.next else 0)
head = None
for v in range(30):
    head = Node(v, head)
print(head.length(), head.total())
def depth(tree):
    return 1 + max((depth(c) for c in tree), default=0)
t = []
for _ in range(12):
    t = [t, []]
print(depth(t))
def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + r for r in rest]
print(sorted(power_set([1, 2, 3])))
