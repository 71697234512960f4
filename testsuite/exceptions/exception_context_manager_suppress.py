# Suppressing and replacing exceptions in __exit__.
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, e, tb):
        self.caught = et
        return et is not None and issubclass(et, self.types)
with Suppress(KeyError) as s:
    {}["x"]
print("suppressed", s.caught.__name__)
try:
    with Suppress(KeyError):
        [][0]
except IndexError:
    print("IndexError not suppressed")
class Replace:
    def __enter__(self):
        return self
    def __exit__(self, et, e, tb):
        if et:
            raise RuntimeError("replaced") from e
try:
    with Replace():
        raise ValueError("original")
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))
