# In-place list operations keep identity.
a = [1, 2]
ref = a
a *= 3
print(a, ref is a)
a *= 0
print(a, ref)
b = [3, 1, 2]
ref = b
b += "xy"
b.extend(range(2))
print(b, ref is b)
c = [[0]] * 2
c[0] += [1]
print(c)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
