# math constants and special values.
import math
print(math.pi, math.e, math.tau, math.inf, math.nan != math.nan, -math.inf < 0)
print(math.tau == 2 * math.pi, repr(math.inf), repr(-math.inf), type(math.nan).__name__)
print(math.floor(math.inf) if False else "floor(inf) raises")
try:
    math.floor(math.inf)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.ceil(math.nan)
except ValueError as e:
    print(type(e).__name__, e)
