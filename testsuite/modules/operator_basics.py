# operator: functions for the operators, itemgetter/attrgetter/methodcaller.
import operator
from functools import reduce
print(operator.add(2, 3), operator.sub(2, 3), operator.mul("a", 3), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3))
print(operator.pow(2, 10), operator.neg(5), operator.pos(-5), operator.abs(-3.5), operator.inv(5), operator.invert(0))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne(1, 2), operator.gt(1, 2), operator.ge(3, 2))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.lshift(1, 4), operator.rshift(16, 2))
print(operator.not_(0), operator.truth([]), operator.is_(None, None), operator.is_not(1, None), operator.contains([1, 2], 2))
print(operator.getitem([1, 2, 3], 1), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"), operator.concat([1], [2]))
x = [1, 2, 3]
operator.setitem(x, 0, 9); operator.delitem(x, 1)
print(x, reduce(operator.mul, range(1, 6)), operator.index(7), operator.length_hint([1, 2]))
get = operator.itemgetter(1)
get2 = operator.itemgetter(0, 2)
print(get("abc"), get2("abc"), sorted([(1, "b"), (0, "c"), (2, "a")], key=operator.itemgetter(1)))
class P:
    def __init__(self):
        self.name = "p"
        self.inner = self
    def greet(self, who, punct="!"):
        return f"hi {who}{punct}"
print(operator.attrgetter("name")(P()), operator.attrgetter("inner.name", "name")(P()), operator.methodcaller("greet", "bob", punct="?")(P()))
try:
    operator.indexOf([1], 5)
except ValueError as e:
    print(type(e).__name__, e)
