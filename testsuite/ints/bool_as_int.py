# bool is a subclass of int.
print(True + 1, True * 10, False ** 0, -True, ~False, True // 1, True << 3)
print(sum([True, True, False]), [10, 20][True])
print(isinstance(True, int), type(True + True).__name__, type(True & True).__name__)
print(True & 3, True | 2, True ^ True, str(True), repr(False), int(True))
print(bool(0), bool(-1), bool(2 ** 100), bool(""), bool("0"))
print(hash(True) == 1, {1: "a", True: "b"})
print(True == 1, (True is True) + 1)
