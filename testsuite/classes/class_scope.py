# Class bodies: their own namespace, executed once, and name lookup rules.
x = "global"
class C:
    x = "class"
    y = x + "!"
    def method(self):
        return x
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
print(C.y, C().method(), C.doubled)
order = []
class Ordered:
    order.append("body start")
    a = 1
    order.append("body end")
order.append("after")
print(order)
class Counter:
    count = 0
    def incr(self):
        type(self).count += 1
        return self.count
k = Counter()
print(k.incr(), k.incr(), Counter.count)
