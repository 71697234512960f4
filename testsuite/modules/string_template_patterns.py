# string.Template subclasses with a pattern, idpattern, braceidpattern or flags of their own
# (read with re, as CPython's), and get_identifiers skipping invalid placeholders.
import string
class T(string.Template):
    delimiter = "#"
    idpattern = r"[a-z]+"
print(T("#abc-#x1 ##").safe_substitute(abc="A", x="X"), T("#abc").substitute(abc=1))
print(T("a #{b} #").safe_substitute(b=2), T("#q #").get_identifiers() if hasattr(T, "get_identifiers") else "")
try:
    T("x\n #").substitute()
except ValueError as e:
    print("ValueError", e)
class B(string.Template):
    braceidpattern = r"[A-Z_]+"
print(B("${AB} $cd ${ab}").safe_substitute(AB=1, cd=2, ab=3))
class F(string.Template):
    flags = 0
print(F("$Abc $abc").safe_substitute(abc=1, Abc=2))
class P(string.Template):
    pattern = r"""
    \[(?:
      (?P<escaped>\[) |
      (?P<named>[a-z]+)\] |
      (?P<braced>) |
      (?P<invalid>)
    )"""
print(P("[x] [[ [y]").safe_substitute(x=1, y=2))
print(string.Template("$a ${b} $$").substitute(a=1, b=2), T("#a").is_valid(), T("# ").is_valid())
