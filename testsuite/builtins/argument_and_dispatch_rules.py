# Rules CPython 3.11 follows that Pyrite had wrong: 0, 1 and -1 to a huge power; a huge shift's
# OverflowError; callable(staticmethod); bool.__new__; to_bytes/from_bytes take two positional
# arguments; iter(callable, sentinel) ends on the callable's StopIteration; a subclass's
# reflected operator goes first only when it overrides it; a descriptor with __delete__ alone
# refuses setting; sys.exception(); format(x, '') of an int-based enum with its own __str__.
import sys
def t(s):
    try:
        r = eval(s) if '\n' not in s and not s.startswith(('class', 'from', 'import', 'def')) else exec(s, {})
        print(s.split('\n')[-1][:50], '->', repr(r))
    except Exception as e:
        print(s.split('\n')[-1][:50], '->', type(e).__name__, e)
t("1 ** 2**100")
t("(-1) ** (2**100+1)")
t("(-1) ** (2**100)")
t("0 ** 2**64")
t("1 << 2**100")
t("0 << 2**100")
t("callable(staticmethod(len))")
t("staticmethod(len)([1, 2])")
t("bool.__new__(bool, 0)")
t("bool.__new__(bool, 5)")
t("(1).to_bytes(2, 'big', True)")
t("int.from_bytes(b'\\xff', 'big', True)")
t("list(iter(iter([1]).__next__, None))")
t("class A:\n  def __radd__(s, o): return 'A.radd'\n  def __add__(s, o): return 'A.add'\nclass B(A): pass\nprint(A() + B())")
t("class D:\n  def __get__(s, o, t=None): return 'got'\n  def __delete__(s, o): pass\nclass C:\n  x = D()\nc = C()\ntry:\n  c.x = 1\nexcept AttributeError as e: print('AE', e)\nprint(c.x)")
t("import sys\ntry:\n  raise KeyError(3)\nexcept KeyError:\n  print(repr(sys.exception()))\nprint(sys.exception())")
t("from enum import IntEnum\nclass Cmd(IntEnum):\n  READ = 3\n  def __str__(self): return self.name.lower()\nprint(f'{Cmd.READ}', format(Cmd.READ), '{}'.format(Cmd.READ), f'{Cmd.READ:>4}')")
t("from enum import IntEnum, Enum\nclass E(int, Enum):\n  A = 1\n  def __str__(self): return 'eee'\nprint(f'{E.A}', format(E.A))")
class I(int):
    def __str__(self): return 'eye'
class F(float):
    def __str__(self): return 'eff'
class S(str):
    def __str__(self): return 'ess'
for v in (I(3), F(2.5), S('x')):
    print(format(v), f'{v}', '{}'.format(v), format(v, '>5'), f'{v!s}', '%s' % v)
