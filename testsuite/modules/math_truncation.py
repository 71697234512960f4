# int(), math.floor/ceil/trunc and // differ on negatives.
import math
for v in [2.5, -2.5, 2.999, -2.001, 0.0, -0.0, 1e15 + 0.5]:
    print(v, int(v), math.floor(v), math.ceil(v), math.trunc(v), v // 1, v % 1)
