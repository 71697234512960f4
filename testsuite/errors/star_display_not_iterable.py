# Unpacking what is not iterable with * in a list or tuple display, or among a call's
# positional arguments, raises CPython's "Value after * must be an iterable"; an error the
# iteration itself raises passes unchanged.
def f(*args):
    return args


def failing():
    yield 1
    raise TypeError("from the generator")


for build in (
    lambda: [*5],
    lambda: (*5,),
    lambda: [1, *None],
    lambda: f(1, *5),
    lambda: f(*3.5),
    lambda: {*5},
    lambda: [*failing()],
):
    try:
        print(build())
    except TypeError as e:
        print("TypeError", e)
print([*range(3), *"ab", *{1: 2}], f(*(1, 2), *[3]))
