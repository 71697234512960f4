# One attribute site seeing instances of several classes (a base class's method called on
# subclasses): plain instances share the lookup, while a property, __getattribute__ or
# __setattr__ on one class still takes over for its instances, also when added later.

class Base:
    def __init__(self):
        self.x = 1
        self.y = 2

    def get(self):
        return self.x

    def put(self, value):
        self.x = value


class Plain(Base):
    pass


class Other(Base):
    def __init__(self):
        Base.__init__(self)
        self.z = 3


class WithProperty(Base):
    @property
    def x(self):
        return 'property'

    @x.setter
    def x(self, value):
        self.__dict__['seen'] = value


class Intercepting(Base):
    def __getattribute__(self, name):
        if name == 'x':
            return 'got x'
        return object.__getattribute__(self, name)


class Storing(Base):
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 10)


shadowed = WithProperty.__new__(WithProperty)
shadowed.__dict__['x'] = 'dict'
shadowed.__dict__['y'] = 0
objects = [Base(), Plain(), Other(), shadowed, Base(), Intercepting(), Plain(), Storing()]
for round in range(3):
    print([obj.get() for obj in objects])
    for n, obj in enumerate(objects):
        obj.put(n + round)
    print([obj.__dict__.get('x') for obj in objects])
    print(shadowed.__dict__.get('seen'))

Plain.x = property(lambda self: 'late')
print([obj.get() for obj in objects if type(obj) in (Base, Plain)])
del Plain.x
print([obj.get() for obj in objects if type(obj) in (Base, Plain)])
