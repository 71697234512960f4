# Unbounded recursion raises RecursionError (a RuntimeError), not a crash.
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, isinstance(e, RuntimeError))
print("still alive")
