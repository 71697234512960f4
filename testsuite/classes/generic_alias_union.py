# Generic aliases (PEP 585) and unions of types (PEP 604).
import collections
print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], type[int])
print(set[bytes], frozenset[str], enumerate[str], collections.deque[int])
a = list[int]
print(type(a), type(a).__name__, type(a).__module__)
print(a.__origin__, a.__args__, a.__parameters__, dict[str, int].__args__)
print(a == list[int], a == list[str], a != list[int], hash(a) == hash(list[int]), a == list)
print(a(), a([1, 2]), dict[str, int](x=1), a.__name__, a.append is not None)


class C(list[int]):
    pass


print(C.__bases__, C.__orig_bases__, C([3]), isinstance(C(), list))


class MyList(list):
    pass


print(MyList[int], collections.OrderedDict[str, int], collections.defaultdict[str, int])
for bad in (int, str, object):
    try:
        bad[int]
    except TypeError as e:
        print(e)
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
try:
    list[int][str]
except TypeError as e:
    print(e)

u = int | None
print(u, type(u).__name__, u.__args__, int | str | int, int | int, str | list[int])
print(None | int, list[int] | None, (int | str) | (bytes | int))
print(isinstance(3, int | str), isinstance(3.0, int | str), isinstance(None, int | None))
print(issubclass(bool, int | str), issubclass(float, int | str))
print((int | str) == (str | int), (int | str) == (int | bytes), hash(int | str) == hash(str | int))
try:
    int | 3
except TypeError as e:
    print(e)
try:
    isinstance(1, int | list[int])
except TypeError as e:
    print(e)


def f(x: int | None = None, y: list[str] | None = None) -> dict[str, int]:
    return {}


print(f.__annotations__)


class Local:
    pass


print(list[Local], Local | None)

import types

print(types.GenericAlias, types.UnionType, types.GenericAlias(list, (int,)), types.GenericAlias(dict, int))
print(isinstance(list[int], types.GenericAlias), isinstance(int | str, types.UnionType))
print(types.resolve_bases((list[int], object)), types.resolve_bases((int,)))
N = types.new_class("N", (list[str],))
print(N.__bases__, N.__orig_bases__, N([1]))

# Neither side a type: no union.
for left, right in ((None, None), (None, 1), (1, None)):
    try:
        print(left | right)
    except TypeError as e:
        print("TypeError", e)
