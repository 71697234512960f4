# Comparisons and + - * between small ints, big ints (both signs, around 2**63), bools and
# floats: every pairing of the kinds.
vals = [0, 1, -1, 2**62, -2**62, 2**63, -2**63, 2**64 + 5, -(2**64 + 5), 10**30, -10**30, 2**100, True, 3.5, -1e30, 1e30]
for a in vals:
    print([(a < b, a <= b, a == b, a != b, a > b, a >= b) for b in vals])
    print([(a + b, a - b, a * b) for b in vals])
