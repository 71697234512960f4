# string.Formatter: parse() cuts templates as CPython's parser does, format()/vformat() follow
# str.format, and the hooks (get_value, get_field, convert_field, format_field,
# check_unused_args, parse) can be overridden.
import string

f = string.Formatter()


def t(thunk):
    try:
        print(repr(thunk()))
    except Exception as e:
        print(type(e).__name__, e)


for template in ["a{{b", "a}}b}}", "{0!r:>{w}}x", "{}", "x{a.b[c]}", "{:}", "{!s}", "", "abc",
                 "{0}{1}", "{{}}", "a{{{0}", "{a[}", "}", "{", "{0!", "{0!x}", "{0!rr}", "{0:{",
                 "a{0[}]}", "é{名!a:^{w}}ü", "{0:{1:{2}}}"]:
    t(lambda: list(f.parse(template)))

t(lambda: f.format("{} + {} = {}", 1, 2, 3))
t(lambda: f.format("{0}{1}{0}", "ab", "cd"))
t(lambda: f.format("{name!r:>10}|{n:05.1f}", name="x", n=3.14159))
t(lambda: f.format("{0[1]} {0[k]} {p.real}", {1: "one", "k": "kay"}, p=2 + 3j))
t(lambda: f.format("{:{}}|", "ab", 6))
t(lambda: f.format("{:{}{}}|", 7, ">", 5))
t(lambda: f.format("{0:{1:{2}}}", 1, 2, 3))
t(lambda: f.format("{}{0}", 1))
t(lambda: f.format("{0}{}", 1))
t(lambda: f.format("{0!z}", 1))
t(lambda: f.format("{}", ))
t(lambda: f.format("{x}", y=1))
t(lambda: f.format("{0.nope}", 1))
t(lambda: f.format("{0[}", 1))
t(lambda: f.format("{0.}", 1))
t(lambda: f.format("{!a}", "é"))
t(lambda: f.vformat("{a}-{0}", ("pos",), {"a": "kw"}))
t(lambda: f.format("{{{}}}", 5))
t(lambda: f.format(format_string="x"))
t(lambda: f.parse(5))
t(lambda: f.get_field("0.real", (4,), {}))
t(lambda: f.get_value("k", (), {"k": 9}))
t(lambda: f.convert_field(1, "q"))
t(lambda: f.format_field(255, "#x"))


class Strict(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - used_args
        if unused:
            raise ValueError("unused: " + ", ".join(sorted(unused)))


t(lambda: Strict().format("{a}", a=1, b=2, c=3))
t(lambda: Strict().format("{a}{b}{c}", a=1, b=2, c=3))


class Defaults(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, "<" + key + ">")
        return super().get_value(key, args, kwargs)


t(lambda: Defaults().format("{known} and {unknown}", known="yes"))


class Upper(string.Formatter):
    def format_field(self, value, format_spec):
        return super().format_field(value, format_spec).upper()

    def convert_field(self, value, conversion):
        if conversion == "l":
            return str(value).lower()
        return super().convert_field(value, conversion)


t(lambda: Upper().format("{0:x} {1!l} {1}", 3054, "MiXed"))


class Angle(string.Formatter):
    def parse(self, format_string):
        for literal, field, spec, conversion in super().parse(format_string):
            yield literal.replace("<", "[").replace(">", "]"), field, spec, conversion


t(lambda: Angle().format("<{}>", "x"))
print(isinstance(f.parse("a{}"), type(iter([]))) or hasattr(f.parse("a{}"), "__next__"))
