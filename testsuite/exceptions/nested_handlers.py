# Exceptions raised inside handlers and finally blocks.
def log_chain(exc):
    names = []
    while exc is not None:
        names.append(type(exc).__name__)
        exc = exc.__context__
    return names
try:
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise ValueError("b")
        except ValueError:
            raise TypeError("c")
except TypeError as e:
    print(log_chain(e))
try:
    try:
        raise KeyError("first")
    finally:
        raise ValueError("from finally")
except ValueError as e:
    print(repr(e), repr(e.__context__))
def handler_returns():
    try:
        raise ValueError
    except ValueError:
        return "returned from handler"
print(handler_returns())
for i in range(3):
    try:
        if i == 1:
            raise IndexError(i)
        print("ok", i)
    except IndexError as e:
        print("caught", e)
        continue
