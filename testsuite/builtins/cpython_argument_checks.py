# Smaller CPython behaviours: object() has no __dict__, itertools/chr/operator.index argument
# errors, str repeat overflow, format_map positional fields, startswith tuples checked up to
# the match, exception args conversion, OSError keeps file names out of args, __float__ and
# __index__ result types, sets looked up by a set.
import itertools
def t(n, f):
    try: print(n, repr(f()))
    except Exception as e: print(n, type(e).__name__, e)
t(1, lambda: object().__dict__)
class C: pass
t(2, lambda: C().__dict__)
t(3, lambda: list(itertools.repeat(1, "a")))
t(4, lambda: list(itertools.combinations([1], "a")))
t(5, lambda: list(itertools.permutations([1], "a")))
t(6, lambda: list(itertools.product([1], repeat="a")))
t(7, lambda: list(itertools.islice([1], "a")))
t(8, lambda: chr(2**31))
t(9, lambda: chr(-1))
t(10, lambda: chr(2**63))
t(11, lambda: "ab" * 2**62)
t(12, lambda: [1] * 2**62)
t(13, lambda: "{}".format_map({}))
t(14, lambda: "{a}".format_map({}))
t(15, lambda: "{0}".format_map({}))
t(16, lambda: 'abc'.startswith(('a', 1)))
t(17, lambda: 'abc'.startswith((1, 'a')))
t(18, lambda: 'abc'.endswith(('c', None)))
e = ValueError(1)
def setargs(v):
    e.args = v
    return e.args
t(19, lambda: setargs('ab'))
t(20, lambda: setargs([1, 2]))
t(21, lambda: setargs(5))
t(22, lambda: OSError(2, 'x', 'f').args)
t(23, lambda: repr(OSError(2, 'x', 'f')))
t(24, lambda: str(OSError(2, 'x', 'f', None, 'g')))
t(25, lambda: OSError(2, 'x', 'f', None, 'g').args)
t(26, lambda: FileNotFoundError(2, 'x', 'f').args)
t(27, lambda: OSError(1, 2, 3, 4, 5, 6).args)
t(32, lambda: operator_index())
import operator
t(33, lambda: operator.index(1.5))
class I:
    def __index__(self): return 1.5
t(34, lambda: operator.index(I()))
class F:
    def __float__(self): return 1
t(35, lambda: float(F()))
class F2:
    def __float__(self): return "x"
t(36, lambda: float(F2()))
t(37, lambda: {1}.discard({1}))
t(38, lambda: {1} in {frozenset([1])})
t(39, lambda: {frozenset([1]): 2}[{1}] if False else {frozenset([1])}.remove({1}))
