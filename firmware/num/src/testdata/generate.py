#!/usr/bin/env python3
"""Writes cases.txt: expected results of int/float/format operations, computed by CPython.

Run with CPython 3.11 from this directory: `python3 generate.py > cases.txt`.
Each line is `kind<TAB>field<TAB>...`; fields escape backslash, tab and newline as \\\\, \\t, \\n.
An error result is written as `!ExceptionName: message`. The seed is fixed, so the output is
reproducible.
"""
import _string
import decimal
import math
import random
import struct
import sys

assert sys.implementation.name == "cpython", "expected values must come from CPython"
sys.set_int_max_str_digits(0)
random.seed(20261126)


def escape(value):
    return str(value).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def emit(kind, *fields):
    print("\t".join([kind] + [escape(field) for field in fields]))


def attempt(function):
    try:
        return function()
    except Exception as error:  # the expected value is the exception
        return "!%s: %s" % (type(error).__name__, error)


def random_int(max_bits=400):
    shape = random.random()
    if shape < 0.1:
        value = random.choice([0, 1, 2, 3, 7, 10, 2**31, 2**32 - 1, 2**32, 2**32 + 1, 2**53, 2**53 + 1,
                               2**63 - 1, 2**63, 2**64 - 1, 2**64, 2**64 + 1, 10**9, 10**18, 10**19,
                               2**96 - 1, 2**128, 3**100])
    elif shape < 0.3:
        value = random.getrandbits(random.randint(1, 64))
    elif shape < 0.4:
        # long runs of ones and zeros stress carries and borrows
        bits = random.randint(1, max_bits)
        value = (1 << bits) - 1 if random.random() < 0.5 else (1 << bits) - (1 << random.randint(0, bits))
    else:
        value = random.getrandbits(random.randint(1, max_bits))
    return -value if random.random() < 0.5 else value


def bigint_cases():
    for _ in range(1000):
        a, b = random_int(), random_int()
        emit("int_add", a, b, a + b)
        emit("int_sub", a, b, a - b)
        emit("int_mul", a, b, a * b)
        if b:
            emit("int_divmod", a, b, a // b, a % b)
        emit("int_and", a, b, a & b)
        emit("int_or", a, b, a | b)
        emit("int_xor", a, b, a ^ b)
        emit("int_cmp", a, b, (a > b) - (a < b))
    for _ in range(300):
        # divisors close to the dividend's size exercise Knuth D's correction steps
        b = random_int(300)
        if not b:
            continue
        a = b * random_int(200) + random.randint(-abs(b), abs(b))
        emit("int_divmod", a, b, a // b, a % b)
    for _ in range(12):
        a, b = random_int(6000), random_int(5000)
        emit("int_mul", a, b, a * b)
        if b:
            emit("int_divmod", a, b, a // b, a % b)
    for _ in range(400):
        a = random_int()
        emit("int_invert", a, ~a)
        shift = random.randint(0, 200)
        emit("int_shl", a, shift, a << shift)
        emit("int_shr", a, shift, a >> shift)
        emit("int_str", a, bin(a).replace("0b", ""), oct(a).replace("0o", ""), str(a), hex(a).replace("0x", ""),
             to_base(a, 36), to_base(a, 7))
        emit("int_float", a, attempt(lambda: repr(float(a))))
        emit("int_hash", a, hash(a))
        emit("int_bits", a, a.bit_length(), a.bit_count())
        if a >= 0:
            emit("int_isqrt", a, math.isqrt(a))
    for _ in range(600):
        a, b = random_int(1100), random_int(1100)
        if random.random() < 0.3:
            b = random_int(60)
        emit("int_truediv", a, b, attempt(lambda: repr(a / b)))
    for _ in range(300):
        a = random_int(200)
        exponent = random.randint(0, 40)
        emit("int_pow", a, exponent, a ** exponent)
        b, m = random_int(200), random_int(200)
        e = random_int(100)
        emit("int_modpow", b, e, m, attempt(lambda: pow(b, e, m)))
        x, y = random_int(300), random_int(300)
        emit("int_gcd", x, y, math.gcd(x, y))
    for _ in range(300):
        a = random_int(200)
        length = random.randint(0, 30)
        for signed in (False, True):
            for order in ("big", "little"):
                result = attempt(lambda: a.to_bytes(length, order, signed=signed).hex())
                emit("int_to_bytes", a, length, order, int(signed), result)
        data = bytes(random.getrandbits(8) for _ in range(random.randint(0, 20)))
        emit("int_from_bytes", data.hex(), int.from_bytes(data, "big", signed=True),
             int.from_bytes(data, "little", signed=False))
    for _ in range(300):
        a = random_int(1100)
        f = random_double() if random.random() < 0.6 else float(random_int(100)) + random.choice([0, 0.5, -0.5])
        if random.random() < 0.2:
            f = float(a) if abs(a) < 2**1000 else f
        emit("int_cmp_float", a, repr(f), (a > f) - (a < f))
    for value in [2**53 + 1, 2**54 + 2, 2**54 + 6, 2**1024 - 2**970, 2**1024 - 2**971, 2**1024, -(2**1024 - 2**971)]:
        emit("int_float", value, attempt(lambda: repr(float(value))))


def to_base(value, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if value == 0:
        return "0"
    sign, value = ("-", -value) if value < 0 else ("", value)
    out = []
    while value:
        value, digit = divmod(value, base)
        out.append(digits[digit])
    return sign + "".join(reversed(out))


def random_double():
    while True:
        value = struct.unpack("<d", struct.pack("<Q", random.getrandbits(64)))[0]
        if math.isfinite(value):
            return value


SPECIAL_FLOATS = [0.0, -0.0, 0.1, 0.2, 0.3 - 0.1, 1.0, -1.0, 1.5, 2.5, 0.5, 1e16, 1e15, 9999999999999998.0,
                  1e-5, 1e-4, 0.0001, 0.00012345, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
                  123456789012345678.0, 1e22, 1e23, 2.0**53, 2.0**53 + 2.0, 1 / 3, 2 / 3, 100.0, 1234.5, 0.125,
                  0.375, 2.675, 1.005, -2.5, 3.14159, 1e100, 1e-100, 12345678.9, 0.000123, float("inf"),
                  -float("inf"), float("nan")]


def float_cases():
    doubles = SPECIAL_FLOATS + [random_double() for _ in range(1500)]
    doubles += [random.uniform(-1e6, 1e6) for _ in range(300)] + [round(random.uniform(-1000, 1000), 3) for _ in range(200)]
    for x in doubles:
        emit("float_repr", x.hex() if math.isfinite(x) else repr(x), repr(x))
    for x in doubles[:400]:
        emit("float_hash", repr(x), hash(x) if x == x else 0)
        emit("float_ratio", repr(x), attempt(lambda: "%d/%d" % x.as_integer_ratio()))
        emit("float_hex", repr(x), x.hex())
    parse_inputs = ["1", "1.5", " 1.5 ", "\t-2e10\n", "+.5", "5.", ".", "e5", "1e", "1e+", "1_000.5", "1__0", "_1",
                    "1_", "1_.5", "1._5", "1.5_5", "1e1_0", "1e_10", "inf", "-Infinity", "nAn", "+nan", "infinit",
                    "0x10", "1e999", "-1e-999", "1e400000000000000000000", "0.1e-400000000000", "", " ", "1 2",
                    "--1", "+-1", "1.2.3", "１", "12345678901234567890123456789", "4.9e-324", "2.4703282292062328e-324",
                    "2.4703282292062327e-324", "1.7976931348623158e308", "1.7976931348623159e308", "0e0", "-0",
                    "00012.5000", "1E5", "1e-5", "3.14159265358979323846264338327950288"]
    parse_inputs += [repr(random_double()) for _ in range(200)]
    parse_inputs += ["%.*e" % (random.randint(0, 30), random_double()) for _ in range(200)]
    for text in parse_inputs:
        emit("float_parse", text, attempt(lambda: repr(float(text))))
    round_values = SPECIAL_FLOATS + [random.uniform(-1000, 1000) for _ in range(150)] + [random_double() for _ in range(100)]
    round_values += [round(random.uniform(-100, 100), 3) + 0.005 for _ in range(100)]
    for x in round_values:
        emit("float_round_int", repr(x), attempt(lambda: round(x)))
        for n in [0, 1, 2, 3, -1, -2, 5, 10, 17, 20, -5, -20, 300, 330, -300, -310]:
            emit("float_round", repr(x), n, attempt(lambda: repr(round(x, n))))
    for _ in range(1500):
        x = random.choice([random.uniform(-745, 710), random.uniform(-1, 1), random.uniform(-40, 40)])
        emit("float_exp", repr(x), repr(math.exp(x)), exact_reference(lambda: decimal.Decimal(x).exp()))
        y = random.choice([random_double(), random.uniform(0, 10), random.uniform(0.5, 2), abs(random_double()) or 1.0])
        y = abs(y)
        if y and math.isfinite(y):
            emit("float_ln", repr(y), repr(math.log(y)), exact_reference(lambda: decimal.Decimal(y).ln()))
    for _ in range(300):
        # subnormal results: the final rounding happens on the subnormal grid
        x = random.uniform(-745.2, -708.3)
        emit("float_exp", repr(x), repr(math.exp(x)), exact_reference(lambda: decimal.Decimal(x).exp()))
        a, b = random.uniform(1e-10, 1e-5), random.uniform(61.0, 75.0)
        emit("float_pow", repr(a), repr(b), attempt(lambda: float_pow(a, b)), pow_reference(a, b))
    for _ in range(3000):
        a = random.choice([random.uniform(0, 10), random.uniform(0, 1e6), abs(random_double()), random.uniform(0.9, 1.1)])
        b = random.choice([random.uniform(-10, 10), random.uniform(-400, 400), random.uniform(-3, 3), random.randint(-60, 60) + 0.5])
        emit("float_pow", repr(a), repr(b), attempt(lambda: float_pow(a, b)), pow_reference(a, b))
    operands = [0.0, -0.0, 1.0, -1.0, 3.0, -3.0, 0.5, 7.5, -7.5, 1e300, -1e-300, 5e-324, float("inf"),
                -float("inf"), float("nan"), 0.1, 2.0, -2.0, 10.0, 1e16]
    operands += [random.uniform(-100, 100) for _ in range(25)]
    for a in operands:
        for b in operands:
            emit("float_divmod", repr(a), repr(b), attempt(lambda: repr(a // b)), attempt(lambda: repr(a % b)))
            emit("float_pow", repr(a), repr(b), attempt(lambda: float_pow(a, b)), pow_reference(a, b))


def float_pow(a, b):
    result = a ** b
    if isinstance(result, complex):
        return "complex"
    return repr(result)


def exact_reference(function):
    """The correctly rounded float of an exact function value, from 80-digit decimal arithmetic.

    CPython's float math is the C library's, which is not always correctly rounded; the tests
    hold our double-double exp/ln/pow to this reference and count how often CPython differs.
    """
    try:
        with decimal.localcontext() as context:
            context.prec = 80
            context.Emax = 10**9
            context.Emin = -10**9
            return repr(float(function()))
    except Exception:
        return "-"


def pow_reference(a, b):
    if not (math.isfinite(a) and math.isfinite(b)) or a <= 0 or a == 1 or b == 0:
        return "-"
    return exact_reference(lambda: decimal.Decimal(a) ** decimal.Decimal(b))


INT_SPECS = ["", "d", "5", "05", "<5", ">5", "^5", "=5", "*^9", "+", "-", " ", "+d", " 5", "+05", ",", "_",
             "010,", "09,", "08,", "0=10,", "_b", "_x", "_o", "#x", "#X", "#o", "#b", "#010x", "#_x", "x", "X",
             "o", "b", "c", "5c", "<3c", "n", "e", "E", ".2e", "f", ".3f", "g", "G", "%", ".1%", ",.2f", "q",
             ".2", ".2d", "z", "zd", "+c", "#c", ",x", ",b", ",c", "__", ",_", "_,", ",,", "abc", "é>8", "0<5",
             "x<05", "-^#12_x", "=+#10o", " #x", "1000", "+,", "s"]
FLOAT_SPECS = ["", "f", ".0f", ".1f", ".2f", ".10f", "#.0f", "e", ".0e", "#.0e", ".3e", "E", "g", ".0g", ".1g",
               ".2g", ".3g", "#g", "#.3g", ".10g", ".17g", "G", "n", "%", ".0%", ".1%", ",", ",.2f", "_.3f",
               "010.2f", "+.3f", " .3f", "-.3f", "z.1f", "z.2e", "z", "z.0f", "=+12.3f", "^12.2f", "<12.2f",
               "*>12.2e", "010", "010,", "0=15,.2f", ".3", ".1", ".2", ".5", ".12", "#", "#.3", "F", "#F", "015",
               "d", "x", "c", "s", ",d", ".f", "12.5%", "e<10", "é^11.3"]
STR_SPECS = ["", "s", "10", "<10", ">10", "^10", "*^11", ".2", "10.3", ".0", "05", "=10", "+", "#", "z", ",", "d",
             "x>3", "é<7"]


def format_cases():
    ints = [0, 1, -1, 7, -7, 42, 255, -255, 1234, -1234, 1234567, 65, 0x263a, 0x10ffff, 0x110000, 2**64, -(2**70),
            10**30, -5, 100000]
    for value in ints:
        for spec in INT_SPECS:
            emit("format_int", value, spec, attempt(lambda: format(value, spec)))
    floats = [0.0, -0.0, 1.0, -1.0, 1.5, 2.5, 0.125, 3.14159, -3.14159, 1234567.891, -1234567.891, 1e16, 1e-5,
              1e-4, 123456789.0, 0.1, 1e100, 1e-100, 9.99999, 99.5, 0.0005, -0.0004, 100.0, 12.0, 5e-324,
              float("inf"), -float("inf"), float("nan"), 1.7976931348623157e308, 1e22, 0.999999, 1 / 3]
    for value in floats:
        for spec in FLOAT_SPECS:
            emit("format_float", repr(value), spec, attempt(lambda: format(value, spec)))
    for value in ["", "a", "hello", "héllo wörld", "日本語"]:
        for spec in STR_SPECS:
            emit("format_str", value, spec, attempt(lambda: format(value, spec)))


PRINTF_INT = ["%d", "%i", "%u", "%5d", "%-5d", "%05d", "%+d", "% d", "%+05d", "%.3d", "%8.3d", "%-8.3d|",
              "%x", "%X", "%#x", "%#X", "%o", "%#o", "%#08x", "%#-8x|", "%#.4x", "% 5d", "%-+6d|", "%0-5d|",
              "%(key)d", "%ld", "%hd", "%c", "%5c", "%-3c|"]
PRINTF_FLOAT = ["%f", "%.2f", "%10.3f", "%-10.3f|", "%010.3f", "%+f", "% f", "%e", "%.0e", "%#.0e", "%E", "%g",
                "%.0g", "%.3g", "%#g", "%#.3g", "%G", "%F", "%.0f", "%#.0f", "%15.8e", "%-+12.4g|", "%05f"]
PRINTF_STR = ["%s", "%10s", "%-10s|", "%.2s", "%5.1s", "%05s", "%r", "%a"]
PRINTF_ERRORS = ["%", "abc%", "%5", "%y", "ab %q", "%(key", "%.x", "é%ü", "%-", "100%!", "%%", "a%%b", "%5%", "%(a(b)c)s",
                 "%(key)", "%.5", "%+ #0-8.3lf", "%z", "%\x01"]


def printf_cases():
    for value in [0, 1, -1, 42, -42, 255, 65, 0x263a, 123456789012345678901234567890, -(2**70)]:
        for spec in PRINTF_INT:
            argument = {"key": value} if "(" in spec else value
            emit("printf_int", spec, value, attempt(lambda: spec % argument))
    for value in [0.0, -0.0, 1.0, -1.5, 2.5, 3.14159265, -1234.5678, 1e16, 1e-5, 1e100, 0.000123456, 123456.789,
                  float("inf"), -float("inf"), float("nan"), 5e-324]:
        for spec in PRINTF_FLOAT:
            emit("printf_float", spec, repr(value), attempt(lambda: spec % value))
    for value in ["", "abc", "héllo"]:
        for spec in PRINTF_STR:
            emit("printf_str", spec, value, attempt(lambda: spec % value))
    for spec in PRINTF_ERRORS:
        # Only the parse outcome matters: a ValueError message, or "ok" when the format parsed.
        try:
            spec % {"key": 1}
            outcome = "ok"
        except ValueError as error:
            outcome = "!ValueError: %s" % error
        except Exception:
            outcome = "ok"
        emit("printf_parse", spec, outcome)
    for width, precision in [(5, 2), (-5, 2), (8, -1), (0, 0), (-1, 3)]:
        emit("printf_star", width, precision, "%*.*f" % (width, precision, 1.23456), "%*.*s" % (width, precision, "abcdef"))


def int_parse_cases():
    inputs = ["0", "00", "000", "010", "0_0", "0_7", "7", "-7", "+7", " 12 ", "\t-12\n", "1_000", "1__000", "_1", "1_",
              "0x1f", "0X1F", "-0x_1f", "0x_1f", "0x__1f", "0x", "0b101", "0B1_0", "0o17", "0o8", "0b2", "z", "Z",
              "zz", "123abc", "abc", "", " ", "-", "+-1", "1 2", "12345678901234567890123456789012345678901234567890",
              "0x" + "f" * 40, "-0b" + "1" * 100, "1e5", "1.0", "١٢", "0_", "9" * 300]
    for text in inputs:
        for base in (0, 2, 8, 10, 16, 36):
            emit("int_parse", text, base, attempt(lambda: int(text, base)))


def random_spec(kind):
    spec = ""
    if random.random() < 0.4:
        if random.random() < 0.5:
            spec += random.choice("*x0é ")
        spec += random.choice("<>^=")
    if random.random() < 0.4:
        spec += random.choice("+- ")
    if kind == "float" and random.random() < 0.2:
        spec += "z"
    if random.random() < 0.3:
        spec += "#"
    if random.random() < 0.3:
        spec += "0"
    if random.random() < 0.6:
        spec += str(random.randint(0, 25))
    if random.random() < 0.3:
        spec += random.choice(",_")
    if kind == "float" and random.random() < 0.6:
        spec += "." + str(random.choice([0, 1, 2, 3, 5, 8, 12, 17, 20, 30]))
    types = "bcdoxXn" if kind == "int" else "eEfFgGn%"
    if random.random() < 0.85:
        spec += random.choice(types + ("" if kind == "int" else "eEfFgG"))
    return spec


def random_format_cases():
    for _ in range(1500):
        value = random_int(100) if random.random() < 0.7 else random.randint(-1000, 0x10ffff)
        spec = random_spec("int")
        emit("format_int", value, spec, attempt(lambda: format(value, spec)))
    for _ in range(3000):
        shape = random.random()
        if shape < 0.4:
            value = random_double()
        elif shape < 0.7:
            value = random.uniform(-1e6, 1e6)
        else:
            value = random.choice([0.5, 1.5, 2.5, 0.125, 0.375, 1e16, 1e-5, 9.5, 99.5, 0.05, 0.25]) * random.choice([1, -1, 10, 100])
        spec = random_spec("float")
        emit("format_float", repr(value), spec, attempt(lambda: format(value, spec)))
    for _ in range(1000):
        value = random_double() if random.random() < 0.5 else random.uniform(-1e4, 1e4)
        spec = "%" + "".join(random.sample("-+ #0", random.randint(0, 2))) + str(random.choice(["", 8, 15, 30])) + \
            random.choice(["", ".0", ".1", ".3", ".10", ".17", ".25"]) + random.choice("eEfFgG")
        emit("printf_float", spec, repr(value), attempt(lambda: spec % value))


def template_pieces(template):
    """_string.formatter_parser output, literals merged, as one comparable string."""
    pieces = []
    for literal, name, spec, conversion in _string.formatter_parser(template):
        if literal:
            if pieces and pieces[-1][0] == "L":
                pieces[-1] = ("L", pieces[-1][1] + literal)
            else:
                pieces.append(("L", literal))
        if name is not None:
            pieces.append(("F", "%s|%s|%s" % (name, conversion or "", spec)))
    return "¦".join(kind + text for kind, text in pieces)


def field_name_parts(name):
    first, rest = _string.formatter_field_name_split(name)
    parts = ["auto" if first == "" else ("#%d" % first if isinstance(first, int) else "=" + first)]
    for is_attribute, key in rest:
        parts.append(("." + key) if is_attribute else ("[#%d]" % key if isinstance(key, int) else "[=%s]" % key))
    return "¦".join(parts)


def template_cases():
    templates = ["", "abc", "a{{b", "x{}y", "{0!r:>10}", "{a.b[c]:{w}.{p}}", "}}", "{:{}}", "{0[}", "{!r}", "{a!}", "{a!rx}",
                 "{", "}", "a}b", "{0", "{0:", "{0!", "{:}}", "{[}]}", "{a[b]c}", "{0:{1:{2}}}", "{ }", "{!}", "{a:}b}",
                 "{a{b}", "{a!r", "{a!r:", "{a!}}", "{a!:}", "{a}}", "{a:{b}c}", "{a]}", "{a[b}c]}", "{a:[}", "{a[:]}",
                 "{a[!]}", "{a!r}}}", "{:{{}}}", "{a:b{}", "{!rr}", "{a!!}", "{a!{}", "héllo {名前!s:^9} wörld"]
    alphabet = "{}{}[]!:.ab0r "
    templates += ["".join(random.choice(alphabet) for _ in range(random.randint(1, 12))) for _ in range(3000)]
    for template in templates:
        emit("template", template, attempt(lambda: template_pieces(template)))
    names = ["a.b[c]", "0[1].x", "", "[0]", "a[", "a.", "a[b]c", ".a", "a..b", "a[]", "12a", "0x", "-1", "0[-1]",
             "a[b.c]", "a[[]", "x[1][2].y.z", "99999999999999999999999", "a[99999999999999999999999]", "名前.属性"]
    names += ["".join(random.choice("ab01.[]") for _ in range(random.randint(1, 8))) for _ in range(1000)]
    for name in names:
        emit("field_name", name, attempt(lambda: field_name_parts(name)))


bigint_cases()
template_cases()
int_parse_cases()
random_format_cases()
float_cases()
format_cases()
printf_cases()
