# Keyword arguments of built-in functions and classes: the ones CPython names are taken
# (complex, round, enumerate, int's base, zip's strict...), unknown ones and keywords given to
# positional-only constructors are TypeErrors; a class without __init__ takes no arguments.
def t(s):
    try:
        print(s, repr(eval(s)))
    except Exception as e:
        print(s, type(e).__name__, e)
for s in ['complex(real=1, imag=2)', 'complex(imag=2)', 'complex(1, imag=2)', 'round(number=2.5, ndigits=1)', 'round(2.567, ndigits=2)', 'round(number=3)', "int(x='1')", "int('1', base=2)", "int('11', foo=2)", "float(x='1')", 'list(foo=1)', 'list(iterable=[1])', 'tuple(x=1)', 'set(a=1)', 'frozenset(a=1)', 'enumerate([1], foo=2)', 'zip([1], foo=2)', 'range(3, x=1)', 'bool(x=1)', 'str(object=5)', "str(b'a', encoding='ascii')", "bytes(source=b'a')", 'sorted([2,1], foo=1)', 'min([1], foo=1)', 'max(1, 2, key=None, foo=1)', 'sum([1], start=5)', 'pow(base=2, exp=3)', 'pow(2, exp=3, mod=5)', "'a,b'.split(sep=',', maxsplit=1)", 'map(str, [1], x=1)', 'filter(None, [1], x=1)', 'reversed([1], x=1)', 'slice(1, x=2)', 'dict(a=1)', 'type(object=1)']:
    t(s)
class Plain:
    pass
for make in [lambda: Plain(1), lambda: Plain(a=1), lambda: Plain()]:
    try:
        print(type(make()).__name__)
    except TypeError as e:
        print("TypeError", e)
