# classmethod and staticmethod objects show their function's name, doc, module and annotations.
def f(a: int) -> str:
    "doc of f"
for wrapper in (classmethod, staticmethod):
    w = wrapper(f)
    print(w.__name__, w.__qualname__, w.__doc__, w.__module__, w.__annotations__, w.__func__ is f, w.__wrapped__ is f)
class C:
    @classmethod
    def make(cls, x: int): "make doc"
    @staticmethod
    def util(y: str): pass
print(C.__dict__['make'].__name__, C.__dict__['make'].__annotations__, C.__dict__['util'].__qualname__, C.make.__doc__)
