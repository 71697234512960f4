# time.strptime: fields, defaults, twelve-hour clock, weeks, day of the year, %Z, backtracking
# between directives, and CPython's errors; then formats and texts drawn at random (dates
# rendered by strftime, some with a character changed), compared field by field.
import random
import time


def show(text, format=None):
    try:
        t = time.strptime(text) if format is None else time.strptime(text, format)
        print(repr(text), repr(format), tuple(t))
    except (ValueError, TypeError) as error:
        print(repr(text), repr(format), type(error).__name__, error)


show("Thu Mar  4 05:06:07 2021")
show("2021-03-04 05:06:07", "%Y-%m-%d %H:%M:%S")
show("12:30 am", "%I:%M %p")
show("12:30 PM", "%I:%M %p")
show("111", "%m%d")
show("+0438290", "%z%y%w")
show("60", "%j")
show("2021 10 3", "%Y %U %w")
show("2021 0 0", "%Y %W %w")
show("29 Feb", "%d %b")
show("2020-02-29", "%Y-%m-%d")
show("2021-02-29", "%Y-%m-%d")
show("UTC 2021", "%Z %Y")
show("03/04/21 05:06:07", "%x %X")
show("2021", "%d")
show("x", "%Y")
show("1", "%q")
show("1", "%")
show("11111111", "%m%d%H%M")
show("1231235959", "%m%d%H%M%S")
show(b"2021", "%Y")
show("2021", 5)
show("  2021\t-  3", "%Y - %m")
show("MONDAY 5 JANUARY", "%A %d %B")

rng = random.Random(2024)
directives = list("YymdHIMSjfwuUWaAbBpzZ%cxX")
characters = list("0123456789 :-/.+ZTaMpPUGTmon")
spelled = {"c": "abdHMSY", "x": "mdy", "X": "HMS"}  # the directives they stand for
words = ["Mon", "Monday", "sun", "Jan", "JANUARY", "Sept", "am", "PM", "UTC", "gmt", "Z",
         "+0530", "-01:30", "+01:02:03.5", "%"]


def render(directive):
    # A plausible text for a directive: digits of some width, a name, an offset.
    if rng.random() < 0.5:
        return rng.choice(words)
    return str(rng.randint(0, 10 ** rng.randint(1, 4) - 1)).zfill(rng.randint(1, 4))


for case in range(400):
    pieces = [rng.choice(["%" + rng.choice(directives), rng.choice(characters)])
              for _ in range(rng.randint(1, 3))]
    format = "".join(pieces)
    named = "".join(spelled.get(p[1], p[1]) for p in pieces if len(p) == 2 and p[1] != "%")
    if len(set(named)) < len(named):
        continue  # a directive named twice: CPython's pattern refuses the format
    text = "".join(render(p[1]) if len(p) == 2 else p for p in pieces)
    if rng.random() < 0.3 and text:
        k = rng.randrange(len(text))
        text = text[:k] + rng.choice(characters) + text[k + 1:]
    show(text, format)
