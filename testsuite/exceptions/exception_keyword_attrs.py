# Keyword attributes of built-in exceptions, and the traceback __exit__ receives.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
# ImportError's name/path, NameError's name and AttributeError's name/obj keywords, None when not
# given; the runtime's import errors and NameErrors set them; other exceptions take no keywords.
t(lambda: ImportError('m').name)
t(lambda: ImportError('m', name='n', path='p').name)
t(lambda: ImportError('m', name='n', path='p').path)
t(lambda: ImportError('m', name='n').args)
t(lambda: NameError('m', name='v').name)
t(lambda: NameError('m').name)
t(lambda: AttributeError('m', name='a', obj=5).obj)
t(lambda: AttributeError('m').obj)
t(lambda: str(ImportError('m', name='n')))
t(lambda: ModuleNotFoundError('m', name='n').name)
def ne():
    try:
        undefined_thing
    except NameError as e:
        return e.name
t(ne)
class MyError(Exception):
    def __init__(self, message, code=0):
        super().__init__(message)
        self.code = code
t(lambda: (MyError('m', code=3).code, MyError('m').args))
t(lambda: KeyError('k', extra=1))
t(lambda: ImportError('m', nope=1))
def ie():
    try:
        import no_such_module_here
    except ImportError as e:
        return e.name, type(e).__name__
t(ie)
def ie2():
    try:
        from os import no_such_name_here
    except ImportError as e:
        return e.name, str(e)[:40]
t(ie2)
t(lambda: ValueError('x', foo=1))

class CM:
    def __enter__(self):
        return self
    def __exit__(self, kind, value, tb):
        print(kind.__name__ if kind else None, value, tb is not None, tb is value.__traceback__ if value else None)
        return True
with CM():
    raise ValueError('x')
with CM():
    pass
