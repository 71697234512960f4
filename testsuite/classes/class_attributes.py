# Class attributes vs instance attributes, shared mutable state, __dict__.
class Counter:
    instances = 0
    shared = []
    def __init__(self):
        Counter.instances += 1
        self.own = []
a, b = Counter(), Counter()
a.shared.append("a")
a.own.append("a")
print(Counter.instances, b.shared, b.own)
a.instances = 100
print(a.instances, b.instances, Counter.instances)
print("instances" in vars(a), "instances" in vars(b))
Counter.new_attr = "added later"
print(b.new_attr)
class Const:
    PI = 3
    def area(self, r):
        return self.PI * r * r
c = Const()
print(c.area(2))
c.PI = 4
print(c.area(2), Const().area(2))
print(sorted(k for k in vars(Const) if not k.startswith("__")))
