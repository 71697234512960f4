# reversed() over a list that shrinks while it is walked ends instead of raising.
l = [1, 2, 3]
r = reversed(l)
print(next(r))
l.clear()
print(list(r), list(r))
m = [1, 2, 3, 4]
out = []
for x in reversed(m):
    out.append(x)
    del m[:2]
print(out, m)
