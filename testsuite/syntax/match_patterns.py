# match statements: literal, capture, wildcard, value, sequence, mapping, class, or, as, guards.
from dataclasses import dataclass


class Color:
    RED = "red"
    GREEN = "green"


@dataclass
class Point:
    x: int
    y: int


class Plain:
    def __init__(self, a, b):
        self.a = a
        self.b = b


def describe(subject):
    match subject:
        case None:
            return "none"
        case True:
            return "true"
        case 0 | 1 | 2:
            return f"small {subject}"
        case -3:
            return "minus three"
        case 1.5 | 2+3j:
            return "float or complex"
        case "hello" | b"bytes":
            return "greeting"
        case Color.RED:
            return "the red value"
        case [] | ():
            return "empty sequence"
        case [x]:
            return f"one item {x}"
        case [1, *rest] if len(rest) > 2:
            return f"starts with 1, then {rest}"
        case [first, *_, last]:
            return f"first {first} last {last}"
        case {"type": "move", "to": (x, y)}:
            return f"move to {x},{y}"
        case {"type": kind, **others}:
            return f"kind {kind} with {sorted(others)}"
        case {}:
            return "a mapping"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y) | Point(y, 0):
            return f"on an axis at {y}"
        case Point(x=x, y=y) as point if x == y:
            return f"diagonal {point}"
        case Point():
            return "some point"
        case int(n) if n > 100:
            return f"big int {n}"
        case str() as text:
            return f"other text {text!r}"
        case Plain(a=1, b=b):
            return f"plain with b={b}"
        case _:
            return f"something else: {type(subject).__name__}"


for value in [None, True, 0, 2, -3, 1.5, 2+3j, "hello", b"bytes", "red", [], (), [7], (8,),
              [1, 2, 3, 4], [1, 2], [5, 6, 7], "xyz", {"type": "move", "to": (3, 4)},
              {"type": "jump", "b": 1, "a": 2}, {"other": 1}, Point(0, 0), Point(0, 5),
              Point(6, 0), Point(2, 2), Point(1, 2), 1000, 50, Plain(1, 9), Plain(2, 9),
              range(3), 3.25, {1, 2}]:
    shown = type(value).__name__ if isinstance(value, Plain) else repr(value)
    print(shown, "->", describe(value))


def command(text):
    match text.split():
        case ["go", direction]:
            return "going " + direction
        case ["pick", "up", item] | ["take", item]:
            return "taking " + item
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *args]:
            return f"unknown {verb} {args}"
    return "nothing"


for text in ["go north", "pick up lamp", "take key", "exit", "dance a lot", ""]:
    print(text, "->", command(text))

# Names bound by the matching case stay bound after the statement.
match (1, (2, 3)):
    case (a, (b, c)):
        pass
print(a, b, c)

# Subject evaluated once; match as an ordinary name still works.
match = [1, 2]
case = match[0]
print(match, case)
calls = []


def subject():
    calls.append(1)
    return 5


match subject():
    case 1:
        pass
    case 5:
        print("five, evaluated", len(calls), "time")
