# Deep equality, nesting, and self-referencing containers.
a = [1, [2, (3, {"k": [4]})]]
b = [1, [2, (3, {"k": [4]})]]
print(a == b, a is b, a[1][1][1]["k"] == [4])
r = [1, 2]
r.append(r)
print(r, len(r), r[2] is r)
d = {"self": None}
d["self"] = d
print(d)
print([[]] * 3, [[] for _ in range(3)] == [[]] * 3)
print({1: [1, 2]} == {1: [1, 2]}, {1: 2} == {1: 2.0}, (1, 2) == [1, 2])
