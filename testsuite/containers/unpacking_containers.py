# Unpacking from every container type.
a, b = {"x": 1, "y": 2}
print(a, b)
(c, d), e = {"k": "v"}.items().__iter__().__next__(), 3
print(c, d, e)
f, g, h = range(3)
print(f, g, h)
i, j = b"ab"
print(i, j)
(k,) = {42}
print(k)
first, *mid, last = "abcdef"
print(first, mid, last)
