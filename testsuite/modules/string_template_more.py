# string.Template details: braces, $$, invalid placeholders, identifiers; capwords separators.
from string import Template, capwords
t = Template("${a}b $a_1 $$ $b")
print(t.substitute(a="A", a_1="X", b=2), t.get_identifiers(), t.is_valid(), t.template)
print(Template("$x and $y").safe_substitute({"x": 1}, y=2), Template("$x").substitute({"x": 1}, x=3))
for text in ["$", "cost: $5", "a\n b ${x", "${}"]:
    try:
        Template(text).substitute(x=1)
    except ValueError as e:
        print(type(e).__name__, e)
    print(repr(Template(text).safe_substitute(x=1)), Template(text).is_valid())
try:
    Template("$missing").substitute()
except KeyError as e:
    print(type(e).__name__, e)
print(capwords("  a-b  c "), capwords("a-b c-d", "-"), capwords(""))
