# Matrix work with nested lists.
m = [[1, 2, 3], [4, 5, 6]]
t = [list(row) for row in zip(*m)]
print(t)
flat = [x for row in m for x in row]
print(flat)
ident = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
print(ident)
prod = [[sum(a * b for a, b in zip(r, c)) for c in zip(*t)] for r in m]
print(prod)
print([row[::-1] for row in m][::-1])
