# One call site meeting several classes in turn (the VM-wide method cache), with instance
# attributes that shadow a method, methods replaced and deleted on the class, and many names.


class Base:
    def step(self):
        return "base"

    def name(self):
        return type(self).__name__


class A(Base):
    def step(self):
        return "a"


class B(Base):
    def step(self):
        return "b"


class C(B):
    pass


class D(Base):
    pass


objects = [A(), B(), C(), D(), A(), C()]
for round_ in range(3):
    print([o.step() for o in objects], [o.name() for o in objects])

# An instance attribute shadows the method on that instance only, at the same site.
objects[1].step = lambda: "shadow"
print([o.step() for o in objects])
del objects[1].step
print([o.step() for o in objects])

# Replacing and deleting methods on a class is seen at once.
B.step = lambda self: "b2"
print([o.step() for o in objects])
del B.step
print([o.step() for o in objects])
Base.step = lambda self: "base2"
print([o.step() for o in objects])


# Many classes and names through one site: slots are shared, answers stay right.
classes = []
for i in range(40):
    classes.append(type("K%d" % i, (Base,), {"step": (lambda i: lambda self: i)(i)}))
instances = [k() for k in classes] * 2
print(sum(o.step() for o in instances))
names = ["m%d" % i for i in range(30)]
K = type("K", (), {n: (lambda n: lambda self: n)(n) for n in names})
k = K()
print([getattr(k, n)() for n in names][::7])
print([k.m0(), k.m7(), k.m14(), k.m21(), k.m28()])


# A class whose __getattribute__ decides: never cached.
class G(Base):
    def __getattribute__(self, name):
        if name == "step":
            return lambda: "intercepted"
        return object.__getattribute__(self, name)


print([o.step() for o in [A(), G(), B(), G()]])
