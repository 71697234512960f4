# super() in various forms.
class Base:
    def hello(self):
        return "Base.hello"
    @classmethod
    def make(cls):
        return "Base.make for " + cls.__name__
class Child(Base):
    def hello(self):
        return "Child + " + super().hello()
    def explicit(self):
        return super(Child, self).hello()
    @classmethod
    def make(cls):
        return "Child.make -> " + super().make()
c = Child()
print(c.hello(), "|", c.explicit(), "|", Child.make())
class GrandChild(Child):
    def hello(self):
        return "Grand + " + super().hello()
    def skip(self):
        return super(Child, self).hello()
g = GrandChild()
print(g.hello(), "|", g.skip(), "|", GrandChild.make())
