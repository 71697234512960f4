# Slicing with steps, negative indexes and out-of-range bounds.
s = list(range(10))
print(s[2:5], s[:3], s[7:], s[-3:], s[:-7], s[::2], s[1::3], s[::-1])
print(s[8:2:-2], s[-1:-4:-1], s[100:], s[-100:2], s[5:2], s[::-3])
t = "hello world"
print(t[::-1], t[6:], t[:5:2], t[-5::2])
print((1, 2, 3, 4)[1:3], b"abcdef"[::2], range(10)[2:8:3])
u = s[:]
u[2:5] = ["a"]
print(u)
u[::3] = [0] * len(u[::3])
print(u)
del u[1::2]
print(u)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
sl = slice(1, 8, 2)
print(s[sl], sl.start, sl.stop, sl.step, slice(3).indices(10), slice(-2, None, -1).indices(5))
