# range() with 64-bit bounds on every target: a 32-bit board walks addresses past
# 0x8000_0000 (the SCB's registers), indexes, slices and reverses near the i64 limits.
r = range(0xE000E000, 0xE000E010, 4)
print(list(r), len(r), r[1], r[-1], r[1:3], 0xE000E004 in r, r.index(0xE000E008))
print(list(reversed(r)))
big = range(2**62, 2**63 - 1, 2**61)
print(list(big), len(big), list(reversed(big)))
edge = range(-2**63, 2**63 - 1)
print(edge[0], edge[-1], edge[2**62])
try:
    len(edge)
except OverflowError as e:
    print("OverflowError", e)
print(list(range(2**63 - 3, 2**63 - 1)), list(range(-2**63 + 2, -2**63, -1)))
print(list(reversed(range(-2**63, -2**63 + 3))), list(reversed(range(5, -5, -3))))
print(range(10)[::-1], range(0, 2**62, 2**61)[::-1], list(range(10)[2:8:3]))
print(10**19 in range(10), 3.0 in range(5), hash(range(0)) == hash(range(5, 5)))
for i in range(3, 0, -1): print(i, end=" ")
print()
try:
    range(10)[10]
except IndexError as e:
    print(e)
full = range(-2**63, 2**63 - 1)
print(2**63 - 2 in full, full.index(2**63 - 2), -2**63 in full, (2**63-1) in full)
down = range(2**63 - 1, -2**63, -3)
print(-2**63 + 1 in down, down.index(2**63 - 7), down[-1], len(range(5, 100, 7)), len(range(100, 5, -7)))
print(list(range(-10, 10, 7)), list(range(10, -10, -7)), range(-10, 10, 7).index(4), 5 in range(-10, 10, 7))
