# typing's old aliases in isinstance/issubclass (through their origin; subscripted ones are
# errors) and as bases (List[int] derives from list).
import typing
for t in [typing.List, typing.Sequence, typing.Mapping, typing.Hashable, typing.Dict, typing.Iterable, typing.Callable]:
    try: print(isinstance([1], t), isinstance({}, t), issubclass(list, t))
    except Exception as e: print(type(e).__name__, e)
for t in [typing.List[int], typing.Any]:
    try: print(isinstance([1], t))
    except TypeError as e: print("TypeError", e)
print(isinstance(3, typing.Union[int, str]), isinstance(3.0, typing.Optional[int]))
class MyList(typing.List):
    pass
print(MyList([1, 2]), MyList.__mro__[1] is list)
class Seq(typing.Sequence):
    def __getitem__(self, i): return [7, 8][i]
    def __len__(self): return 2
print(list(Seq()), Seq().index(8))
class IntList(typing.List[int]):
    pass
print(IntList([3]), list in IntList.__mro__, isinstance(IntList(), list))
class Counts(typing.Dict[str, int]):
    pass
print(Counts(a=1))
