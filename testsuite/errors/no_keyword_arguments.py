# Built-in functions and methods that take positional arguments only refuse keywords with
# CPython's message, naming the class or module that holds them; `**{}` is no keyword.
import array
import cmath
import collections
import functools
import math
import re

calls = [
    lambda: len([], obj=1),
    lambda: abs(x=1),
    lambda: repr(obj=1),
    lambda: isinstance(1, int, x=1),
    lambda: getattr(1, "real", default=0),
    lambda: hash(obj=1),
    lambda: chr(i=65),
    lambda: ord(c="a"),
    lambda: divmod(7, 2, x=1),
    lambda: iter([], x=1),
    lambda: next(iter([1]), default=0),
    lambda: {}.get("a", default=1),
    lambda: {}.setdefault("a", default=1),
    lambda: {"a": 1}.pop("a", default=1),
    lambda: dict.fromkeys("ab", value=1),
    lambda: [].append(object=1),
    lambda: [1].index(1, start=0),
    lambda: [1].count(value=1),
    lambda: (1,).index(value=1),
    lambda: (1,).count(value=1),
    lambda: "a".upper(x=1),
    lambda: "abc".startswith(prefix="a"),
    lambda: "abc".find(sub="b"),
    lambda: "abc".center(width=5),
    lambda: "a-b".replace(old="-", new="+"),
    lambda: "abc".strip(chars="a"),
    lambda: ",".join(iterable=["a"]),
    lambda: "abc".partition(sep="b"),
    lambda: b"abc".find(sub=b"b"),
    lambda: bytearray(b"a").append(item=1),
    lambda: {1}.add(x=2),
    lambda: {1}.union(other={2}),
    lambda: (5).bit_length(x=1),
    lambda: (1.5).is_integer(x=1),
    lambda: math.sqrt(x=4),
    lambda: math.floor(x=1.5),
    lambda: math.gcd(4, b=6),
    lambda: cmath.sqrt(z=4),
    lambda: collections.deque([1]).append(x=2),
    lambda: array.array("b", [1]).append(v=2),
    lambda: re.match("a", "a").group(group=0),
    lambda: functools.partial(len, obj=[1])(),
    lambda: object.__init_subclass__(flag=1),
]


def make_class():
    class Inner(flag=1):
        pass


calls.append(make_class)
for call in calls:
    try:
        print("no error", call())
    except TypeError as e:
        print(e)

print(len([1, 2], **{}), "abc".find("c", **{}), math.sqrt(4, **{}))
print(sorted([3, 1, 2], key=lambda v: -v), max([1, 3], key=abs, default=0))
