# Augmented assignment on names, attributes, subscripts; in-place vs rebinding.
x = 10
x += 5; x -= 3; x *= 2; x //= 5; x **= 3; x %= 7
print(x)
y = 7.0
y /= 2
print(y)
z = 0b1100
z &= 0b1010; print(z); z |= 1; print(z); z ^= 0b11; print(z); z <<= 3; print(z); z >>= 2; print(z)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
tup = (1,)
talias = tup
tup += (2,)
print(tup, talias)
d = {"k": 1}
d["k"] += 10
print(d)
class Box:
    pass
b = Box()
b.v = 1
b.v *= 5
print(b.v)
s = "ab"
s *= 3
print(s)
m = [[0, 0], [0, 0]]
m[1][0] += 4
print(m)
