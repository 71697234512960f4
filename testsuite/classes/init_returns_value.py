# __init__ returning something other than None is a TypeError raised at the call, in the
# caller: a try inside __init__ does not see it, one around the call does.
class A:
    def __init__(self, value):
        self.value = value
        try:
            return value
        except TypeError:
            print("caught inside __init__ (wrong)")


print(A(None).value)
try:
    A(1)
except TypeError as e:
    print("TypeError:", e)


def make(value):
    return A(value)


try:
    make("text")
except TypeError as e:
    print("TypeError:", e)

# Through native code calling back into Python (a nested run).
try:
    list(map(A, [None, 2]))
except TypeError as e:
    print("TypeError:", e)
print(sorted([3, 1, 2], key=lambda v: A(None).value or v))
print("done")
