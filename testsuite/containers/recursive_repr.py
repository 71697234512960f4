# Containers that hold themselves print `[...]`/`{...}`/`(...)`/`...` where they meet
# themselves again, also through a class's own __repr__ and collections' reprs; deep nesting
# (within the bounds) prints whole.
from collections import OrderedDict, defaultdict, deque, UserList, UserDict, ChainMap


def t(make):
    try:
        print(make())
    except RecursionError:
        print("RecursionError")


def ordered():
    o = OrderedDict(a=1)
    o["self"] = o
    return repr(o)


def default():
    d = defaultdict(list)
    d["self"] = d
    return repr(d)


def queue():
    q = deque([1])
    q.append(q)
    return repr(q), repr(deque([q]))


def user_list():
    u = UserList([0])
    u.append(u)
    return repr(u)


def user_dict():
    u = UserDict()
    u["self"] = u
    return repr(u)


def chain():
    c = ChainMap({"a": 1})
    c["self"] = c
    return repr(c)


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    def __repr__(self):
        return "Node(%s, %r)" % (self.name, self.children)


def nodes():
    root = Node("root")
    child = Node("child")
    root.children.append(child)
    child.children.append(root)
    return repr(root), repr([root, child])


def tuple_in_list():
    items = []
    pair = (items, 1)
    items.append(pair)
    return repr(pair), repr(items)


def dict_in_list():
    items = []
    d = {"items": items}
    items.append(d)
    items.append(items)
    return repr(items), str(d)


def nested():
    x = []
    for i in range(30):
        x = [x] if i % 3 else {"k": (x,)}
    return len(repr(x)), repr(x)[:30]


class Sub(list):
    pass


def subclass():
    s = Sub([1])
    s.append(s)
    return repr(s)


for make in [ordered, default, queue, user_list, user_dict, chain, nodes, tuple_in_list,
             dict_in_list, nested, subclass]:
    t(make)
