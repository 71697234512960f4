# Variable and function annotations are evaluated and stored, not enforced.
x: int = 5
y: str
print(x, __annotations__)
def f(a: int, b: "str" = "d", *args: float, c: bool = True, **kw: dict) -> list:
    return [a, b, c]
print(f("not an int"))
print(sorted(f.__annotations__))
print(f.__annotations__["return"].__name__, f.__annotations__["b"])
class P:
    name: str = "p"
    age: int
print(P.name, P.__annotations__["age"].__name__, hasattr(P, "age"))
