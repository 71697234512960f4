# match statements: the errors CPython reports, at compile time and at run time.
sources = [
    "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case 1 | a:\n        pass\n",
    "match x:\n    case [*a, *b]:\n        pass\n",
    "match x:\n    case P(a=1, a=2):\n        pass\n",
    "match x:\n    case P(a=1, 2):\n        pass\n",
    "match x:\n    case {**_}:\n        pass\n",
    "match x:\n    case 1 as _:\n        pass\n",
    # Literal patterns are numbers, complex literals and plain strings, nothing computed.
    "match x:\n    case 1 + 1:\n        pass\n",
    "match x:\n    case -1 - 1:\n        pass\n",
    "match x:\n    case 1j + 1:\n        pass\n",
    "match x:\n    case -1.5 - 2j | 3 + 0j | -0j:\n        pass\n",
    "match x:\n    case 1 * 2:\n        pass\n",
    "match x:\n    case -x:\n        pass\n",
    "match x:\n    case 1 + -2j:\n        pass\n",
    "match x:\n    case 'a' f'b':\n        pass\n",
    "match x:\n    case {f'a': 2}:\n        pass\n",
    "match x:\n    case {1 + 1: 2}:\n        pass\n",
    "match x:\n    case {**rest, 'a': 1}:\n        pass\n",
    # An irrefutable alternative is reported before alternatives binding different names.
    "match x:\n    case a | b:\n        pass\n",
    "match x:\n    case [1 | (z as y) | w]:\n        pass\n",
]
for source in sources:
    try:
        compile(source, "<case>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)


class NoArgs:
    pass


class BadArgs:
    __match_args__ = ["a"]


class Two:
    __match_args__ = ("a", "a")

    def __init__(self):
        self.a = 1


for subject, pattern in [(NoArgs(), "NoArgs(1)"), (BadArgs(), "BadArgs(1)"),
                         (Two(), "Two(x, y)"), (3, "int(1, 2)"), (3, "len()"),
                         ({"k": 1}, "{'k': 1, 'k': 2}")]:
    source = f"match subject:\n    case {pattern}:\n        pass\n"
    try:
        exec(source, {"subject": subject, "NoArgs": NoArgs, "BadArgs": BadArgs, "Two": Two})
        print("ran")
    except (TypeError, ValueError, SyntaxError) as e:
        print(type(e).__name__ + ":", getattr(e, "msg", e))

match = 3
print(match)


def match(case):
    return case


print(match(4))
