# The methods of a class at the top level are compiled as soon as each is parsed (so a big
# class fits a board's heap): everything about them must be as if the class were compiled
# whole — names, qualified names, private-name mangling, super() and __class__, closures,
# generators and coroutines, decorators and defaults evaluated in the class body, methods
# under `if`/`try` in the body, nested classes, and the errors found in a method's body.
class Base:
    def hello(self):
        return 'Base.hello'


class Shape(Base):
    """A shape."""
    sides = 0
    scale = 2

    def __init__(self, name, sides=sides, factor=lambda x: x * 10):
        self.name, self.sides_, self.factor = name, sides, factor

    def __secret(self):
        return 'secret of ' + self.name

    def reveal(self):
        return self.__secret()

    def hello(self):
        return 'Shape+' + super().hello()

    def klass(self):
        return __class__.__name__

    @classmethod
    def square(cls):
        return cls('square', 4)

    @staticmethod
    def area(width, height=scale):
        return width * height

    @property
    def label(self):
        return '%s/%d' % (self.name, self.sides_)

    def counter(self):
        count = 0

        def bump():
            nonlocal count
            count += 1
            return count
        return bump

    def corners(self):
        yield from range(self.sides_)

    async def later(self):
        return self.name

    if sides == 0:
        def flat(self):
            return 'flat'
    else:
        def flat(self):
            return 'not flat'

    try:
        def tried(self):
            return 'tried'
    finally:
        def finally_(self):
            return 'finally'

    class Meta:
        def describe(self):
            return 'Meta.describe'


s = Shape.square()
print(s.reveal(), s.hello(), s.klass(), s.label, Shape.area(3), s.factor(2))
bump = s.counter()
print(bump(), bump(), list(s.corners()), s.flat(), s.tried(), s.finally_())
print(Shape.Meta().describe(), Shape.__doc__, Shape.sides, '_Shape__secret' in Shape.__dict__)
for function in (Shape.__init__, Shape.reveal, Shape.square, Shape.counter, Shape.Meta.describe):
    print(function.__qualname__, function.__name__)
print(Shape.__dict__['_Shape__secret'].__qualname__, Shape.__init__.__defaults__[0])
print(Shape.area.__defaults__, Shape.__init__.__code__.co_varnames[:3])
co = s.later()
try:
    co.send(None)
except StopIteration as stop:
    print('later ->', stop.value)


def local_class():
    class Local:
        def method(self):
            return 'local'
    return Local().method(), Local.method.__qualname__


print(local_class())

# Errors in a method's body, found when it is compiled early, name their lines.
for source in ['class C:\n    def f(self):\n        nonlocal x\n',
               'class C:\n    x = 1\n    def f(self):\n        return y\n    def g(self):\n        return (\n',
               'class C:\n    def f(self):\n        yield 1\n        return 2\n    async def g(self):\n        yield 1\n        return 2\n',
               'class C:\n    def f(self):\n        def g():\n            nonlocal self\n            self = 1\n        return g\n',
               'class C:\n    def f(self):\n        return [(yield) for x in y]\n']:
    try:
        compile(source, '<case>', 'exec')
        print('compiled')
    except SyntaxError as error:
        print('SyntaxError', error.msg, error.lineno)
