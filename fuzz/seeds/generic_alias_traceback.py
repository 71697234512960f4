import traceback, types, collections.abc
a = list[int] | None
class C(dict[str, int]): pass
print(a, C.__orig_bases__, isinstance({}, collections.abc.Mapping), complex("1-2j"))
try:
    raise ValueError("x")
except ValueError as e:
    e.add_note("n")
    print(traceback.format_exception(e)[-2:], traceback.format_exc())
print(f.__code__.co_varnames if (f := lambda a, *b, c=1: a) else 0, "{:>{}}".format("z", 3))
