# Subclasses of property: register-style descriptors built in __init__, an overridden
# __get__, setter copies of the subclass, and the accessors' attributes.
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)

class register(property):
    """A register field: reads and writes go through a bus dict."""
    def __init__(self, address, doc=None):
        self.address = address
        super().__init__(self._read, self._write, None, doc)
    def _read(self, obj):
        return obj.bus.get(self.address, 0)
    def _write(self, obj, value):
        obj.bus[self.address] = value & 0xFF

class Device:
    ctrl = register(0x10, "control")
    status = register(0x11)
    def __init__(self): self.bus = {}

d = Device()
t(lambda: (d.ctrl, d.status))
d.ctrl = 0x1FF
t(lambda: (d.ctrl, d.bus))
t(lambda: (type(Device.__dict__['ctrl']).__name__, isinstance(Device.__dict__['ctrl'], property), Device.__dict__['ctrl'].address))
t(lambda: Device.__dict__['ctrl'].__doc__)

class logged(property):
    calls = []
    def __get__(self, obj, owner=None):
        logged.calls.append('get')
        return super().__get__(obj, owner)

class A:
    def __init__(self): self._x = 1
    @logged
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v
a = A()
t(lambda: (a.x, logged.calls))
a.x = 5
t(lambda: (a.x, type(A.__dict__['x']).__name__, logged.calls))
class RO(property): pass
class B:
    v = RO(lambda self: 42)
b = B()
t(lambda: b.v)
t(lambda: (RO().fget, RO(len).fget, B.v is B.__dict__['v']))
