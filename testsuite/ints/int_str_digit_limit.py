# CPython 3.11's limit on decimal int/str conversions (sys.set_int_max_str_digits):
# int() of text, str()/repr()/format()/%d of an int, json, and int literals in source.
import sys
import json


def show(label, f):
    try:
        r = f()
        print(label, type(r).__name__, len(r) if isinstance(r, str) else "ok")
    except Exception as e:
        print(label, type(e).__name__, e)


print(sys.get_int_max_str_digits())
info = sys.int_info
print(info.default_max_str_digits, info.str_digits_check_threshold, info[2], info[3], len(info))

over = "1" * 4301
show("int", lambda: int(over))
show("int zeros", lambda: int("0" * 4301))
show("int underscores", lambda: int("1_" * 4300 + "1"))
show("int blanks sign", lambda: int(" -" + over + " "))
show("int bytes", lambda: int(over.encode()))
show("int base 16", lambda: int(over, 16))
show("int base 36", lambda: int(over, 36))
show("int then junk", lambda: int(over + ".5"))
show("int at limit", lambda: int("9" * 4300))
show("eval", lambda: eval(over))
show("eval zeros", lambda: eval("0" * 4400))
show("eval float", lambda: eval(over + ".0"))
show("eval imaginary", lambda: eval(over + "j"))
show("eval hex", lambda: eval("0x" + over))
try:
    compile("x = 2\ny = 3 + " + over, "f.py", "exec")
except SyntaxError as e:
    print("compile", e.lineno, e.msg)

big = 10**4300
show("str", lambda: str(big))
show("str below", lambda: str(big - 1))
show("repr negative", lambda: repr(1 - big))
show("%d", lambda: "%d" % big)
show("%i", lambda: "%i" % -big)
show("%x", lambda: "%x" % big)
show("b%d", lambda: b"%d" % big)
show("f-string", lambda: f"{big}")
show("format ,", lambda: format(big, ","))
show("format n", lambda: format(big, "n"))
show("format >10", lambda: format(big, ">10"))
show("format x", lambda: format(big, "x"))
show("format e", lambda: format(big, "e"))
show("format %", lambda: format(big, "%"))
show("bin", lambda: bin(big))
for n in (4298, 4299, 4300, 4301):
    show("10**%d-1" % n, lambda: str(10**n - 1))
    show("-10**%d" % n, lambda: str(-10**n))

show("json loads", lambda: json.loads(over))
show("json loads list", lambda: json.loads("[-" + over + "]"))
show("json dumps", lambda: json.dumps(big))
show("json dumps key", lambda: json.dumps({big: 1}))

show("set 639", lambda: sys.set_int_max_str_digits(639))
show("set -1", lambda: sys.set_int_max_str_digits(-1))
show("set True", lambda: sys.set_int_max_str_digits(True))
show("set 1.5", lambda: sys.set_int_max_str_digits(1.5))
show("set none", lambda: sys.set_int_max_str_digits())
show("get 1", lambda: sys.get_int_max_str_digits(1))
show("set 10**20", lambda: sys.set_int_max_str_digits(10**20))
show("set 2**31", lambda: sys.set_int_max_str_digits(2**31))

sys.set_int_max_str_digits(maxdigits=640)
print(sys.get_int_max_str_digits())
show("int 641", lambda: int("1" * 641))
show("str 10**640", lambda: str(10**640))
show("str 10**639", lambda: str(10**639))
show("eval 700", lambda: eval("7" * 700))

sys.set_int_max_str_digits(0)
print(sys.get_int_max_str_digits())
print(len(str(int("7" * 5000))), len(str(eval("3" * 5000))), len(str(big)))
sys.set_int_max_str_digits(4300)
print(sys.get_int_max_str_digits())
