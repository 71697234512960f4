# An error deep in a call chain propagates through every frame (caught at the top).
def level3(x):
    return 10 / x
def level2(x):
    return level3(x) + 1
def level1(x):
    try:
        return level2(x)
    finally:
        print("level1 finally")
for v in [5, 0]:
    try:
        print(level1(v))
    except ZeroDivisionError as e:
        print("caught at top:", type(e).__name__, e)
