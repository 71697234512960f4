# match statements in class bodies, closures and generators: no temporaries left behind.
class K:
    match 3:
        case int(n):
            attr = n
print(K.attr, K.n, sorted(k for k in vars(K) if not k.startswith("__")))
def outer(v):
    match v:
        case [a, b]:
            return lambda: a + b
    return None
print(outer([1, 2])())
def gen(items):
    for item in items:
        match item:
            case {"v": value}:
                yield value
print(list(gen([{"v": 1}, {"w": 2}, {"v": 3}])))
match {"a": [1, 2]}:
    case {"a": [x, *_]}:
        pass
print(x, sorted(k for k in globals() if k.startswith("$")))
