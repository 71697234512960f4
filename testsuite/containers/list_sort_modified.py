# list.sort with a key that changes the list: ValueError, the additions dropped; the list reads
# as empty while it is sorted.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


l = [3, 1, 2]
def key(x):
    l.append(0)
    return x
show(lambda: l.sort(key=key))
print(l)
seen = []
m = [2, 1]
def peek(x):
    seen.append(list(m))
    return x
m.sort(key=peek)
print(m, seen)
n = [3, 1, 2]
def bad(x):
    n.extend([9, 9])
    return -x
show(lambda: n.sort(key=bad, reverse=True))
print(n)
s = sorted([3, 1, 2], key=lambda x: x)
print(s)
