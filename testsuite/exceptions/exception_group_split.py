# ExceptionGroup.split and .subgroup: conditions (type, tuple, predicate), nesting kept,
# None for empty parts, the whole group when it matches, and the metadata parts copy.
def show(part):
    return "None" if part is None else repr(part)


eg = ExceptionGroup(
    "top",
    [
        ValueError(1),
        ExceptionGroup("mid", [TypeError(2), ValueError(3), ExceptionGroup("low", [KeyError(4)])]),
        OSError(5),
    ],
)
for condition in [ValueError, (TypeError, KeyError), LookupError, OSError, Exception,
                  ExceptionGroup, ZeroDivisionError,
                  lambda e: isinstance(e, ValueError) and e.args[0] > 1,
                  lambda e: isinstance(e, ExceptionGroup) and e.message == "low"]:
    match, rest = eg.split(condition)
    print(show(match))
    print("  rest", show(rest))
    print("  sub ", show(eg.subgroup(condition)))

print(eg.split(Exception)[0] is eg, eg.subgroup(lambda e: True) is eg)
print(eg.split(lambda e: False)[1] is eg, eg.subgroup(lambda e: False))
print(eg.subgroup(ValueError) is eg)

# The predicate sees every group and leaf, outermost first.
seen = []
eg.subgroup(lambda e: seen.append(type(e).__name__) or False)
print(seen)

# Bad conditions.
for condition in [1, "x", [ValueError], (ValueError, 1), (ValueError, int), int, None]:
    try:
        eg.split(condition)
    except TypeError as e:
        print("split", type(e).__name__, e)
    try:
        eg.subgroup(condition)
    except TypeError as e:
        print("subgroup", type(e).__name__, e)

# Metadata: traceback, cause, context and notes go to each part.
try:
    try:
        raise KeyError("ctx")
    except KeyError:
        raise ExceptionGroup("meta", [ValueError(1), TypeError(2)]) from OSError("cause")
except ExceptionGroup as e:
    caught = e
caught.add_note("note 1")
match, rest = caught.split(ValueError)
for part in (match, rest):
    print(repr(part), repr(part.__cause__), repr(part.__context__))
    print("  ", part.__notes__, part.__notes__ is caught.__notes__, part.__suppress_context__)
    print("  ", part.__traceback__ is not None)
plain = ExceptionGroup("plain", [ValueError(1), TypeError(2)])
m, r = plain.split(TypeError)
print(m.__traceback__, m.__cause__, m.__context__, hasattr(m, "__notes__"))

# Base exception groups split into the right kinds.
beg = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError(1), SystemExit(0)])
m, r = beg.split(Exception)
print(type(beg).__name__, repr(m), repr(r))
m, r = beg.split((KeyboardInterrupt, SystemExit))
print(repr(m), repr(r))


# derive returning something else.
class Odd(ExceptionGroup):
    def derive(self, excs):
        return ValueError("not a group")


try:
    Odd("odd", [ValueError(1), TypeError(2)]).split(ValueError)
except TypeError as e:
    print(type(e).__name__, e)
