# return/break inside finally swallows the pending exception.
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"  # noqa
print(swallow())
def loop_swallow():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "loop done " + str(i)
print(loop_swallow())
def value_order():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x set to", x)
print(value_order())
