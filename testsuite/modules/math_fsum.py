# Naive sums vs math.fsum.
import math
vals = [0.1] * 10 + [1e100, 1.0, -1e100]
print(sum(vals), math.fsum(vals))
print(sum([1e16, 1.0, -1e16]), math.fsum([1e16, 1.0, -1e16]))
print(math.fsum([0.1, 0.2, 0.3]), 0.1 + 0.2 + 0.3)
