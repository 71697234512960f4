# A set made by adding items one by one (set(list), {*it}, comprehensions, displays of
# variables, add) iterates in CPython's table order, collisions included; pop takes that
# order too.
a, b, c = 7, 31, 23
print({a, b}, {b, a}, {a, b, c})
for items in ([7, 31], [31, 7], [23, 7, 31, 15], [100, 64, -1, -2, 36], [9, 41, 73, 105, 1],
              [0, 8, 16, 24, 32, 40, 48], [-1, -2, 30, 6, 64, 100, 15, 23, 9]):
    s = set(items)
    print(list(s), list({*items}), list({x for x in items}), list(frozenset(items)))
    t = set()
    for x in items:
        t.add(x)
    print(t, t == s, [s.pop() for _ in range(len(items))])
print(sorted(set(range(100, 0, -7))))
