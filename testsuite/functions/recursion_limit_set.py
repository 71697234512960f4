# sys.setrecursionlimit changes how deep Python calls may nest (RecursionError past it), and
# refuses limits below 1 or at or below the current depth.
import sys
def depth(n=1):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
for limit in [50, 120, 150, 30]:
    sys.setrecursionlimit(limit)
    print(sys.getrecursionlimit(), depth())
def g():
    return g()
sys.setrecursionlimit(100)
try:
    g()
except RecursionError as e:
    print("RecursionError", e)
def at_depth(n):
    if n == 0:
        try:
            sys.setrecursionlimit(5)
        except RecursionError as e:
            print("RecursionError", e)
        return
    at_depth(n - 1)
at_depth(10)
for bad in [0, -5]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print("ValueError", e)
print(sys.getrecursionlimit())
