# An AttributeError raised inside a property's getter falls back on the class's __getattr__,
# as CPython's attribute lookup does; other errors pass through.
class Lazy:
    @property
    def value(self):
        raise AttributeError('not yet')
    @property
    def broken(self):
        raise KeyError('k')
    @property
    def fine(self):
        return 1
    def __getattr__(self, name):
        return 'fallback for ' + name
obj = Lazy()
print(obj.value, obj.fine, obj.other)
try:
    obj.broken
except KeyError as e:
    print('KeyError', e)
class NoFallback:
    @property
    def value(self):
        raise AttributeError('inner message')
try:
    NoFallback().value
except AttributeError as e:
    print('AttributeError', e)
print(hasattr(NoFallback(), 'value'), getattr(NoFallback(), 'value', 'default'))
