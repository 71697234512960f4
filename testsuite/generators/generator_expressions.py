# Generator expressions: laziness, single use, scoping.
log = []
g = (log.append(x) or x * x for x in range(3))
print(log)
print(next(g), log)
print(list(g), log)
print(list(g))
nums = [1, 2, 3]
g2 = (n * 10 for n in nums)
nums.append(4)
print(list(g2))
try:
    (1 / x for x in [0])
    print("creating is fine")
    list(1 / x for x in [0])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(sum(x for x in range(10) if x % 2), tuple(c for c in "ab"))
