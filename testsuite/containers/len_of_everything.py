# len() of built-in containers and of user classes.
print(len([1, 2]), len((1,)), len("héllo"), len(b"ab"), len({1: 2}), len({1, 2, 3}), len(range(0, 10, 3)))
print(len(frozenset()), len(bytearray(5)), len({}.keys()), len(""), len([[]]))
class L:
    def __len__(self):
        return 7
print(len(L()))
for bad in [5, None, iter([])]:
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class Neg:
    def __len__(self):
        return -1
try:
    len(Neg())
except ValueError as e:
    print(type(e).__name__, e)
