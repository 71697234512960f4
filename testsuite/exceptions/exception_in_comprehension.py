# Exceptions raised inside comprehensions and lambdas propagate normally.
def safe_div(pairs):
    out = []
    for a, b in pairs:
        try:
            out.append(a // b)
        except ZeroDivisionError:
            out.append(None)
    return out
print(safe_div([(6, 3), (1, 0), (9, 2)]))
try:
    [1 // x for x in [1, 0]]
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    {k: v for k, v in [(1, 2), (3,)]}
except ValueError as e:
    print(type(e).__name__, e)
try:
    sorted([3, "a"])
except TypeError as e:
    print(type(e).__name__, e)
