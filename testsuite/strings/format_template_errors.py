# str.format parses its template as string.Formatter does (one parser): malformed fields
# are ValueError with CPython's text, found in order (fields before a bad part are looked
# up first), and specs nest one level.
class Loud:
    def __getattr__(self, name):
        print("get", name)
        return self


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: "{a.}".format(a=1))
t(lambda: "{a[]}".format(a=1))
t(lambda: "{0[0]x}".format([1]))
t(lambda: "{0[5]x}".format([1]))
t(lambda: "{!".format(1))
t(lambda: "{0!r".format(1))
t(lambda: "{0!rx}".format(1))
t(lambda: "{0!}".format(1))
t(lambda: "{0!é}".format(1))
t(lambda: "{a{}".format(1))
t(lambda: "{99999999999999999999}".format(1))
t(lambda: "{0[99999999999999999999]}".format([1]))
t(lambda: "{0:{1:{2}}}".format(1, 2, 3))
t(lambda: "{:{:{}}}".format(1, 2, 3))
t(lambda: "{0:{1}}".format(1, 5))
t(lambda: "{[}".format(1))
t(lambda: "{0[}".format(1))
t(lambda: "}".format(1))
t(lambda: "{".format(1))
t(lambda: "a}}b{{c{0}".format(1))
t(lambda: "{0.a.b.}".format(Loud()))
t(lambda: "{0.a.b}{1".format(Loud(), 2))
t(lambda: "{0[a]}|{0[-1]}|{0[ 1]}".format({"a": 3, "-1": 4, " 1": 5}))
t(lambda: "{ 0}".format(1))
t(lambda: "{:>{}}{}".format("x", 4, "y"))
t(lambda: "{}{1}".format("x", 4))
t(lambda: "{0}{}".format("x", 4))
t(lambda: "{name!r:>{width}}|{n[0]:03}".format(name="é", width=6, n=[7]))
t(lambda: "{x}".format_map({"x": "mapped"}))
t(lambda: "{y}".format_map({"x": 1}))
t(lambda: "€{0}€{{€}}".format("ü"))
