# warnings: warn with its default filters and each action, catch_warnings(record=True),
# showwarning/formatwarning, and the built-in warning classes. File names are printed without
# their directory (CPython makes them absolute).
import io
import os
import sys
import warnings

classes = [Warning, UserWarning, DeprecationWarning, PendingDeprecationWarning, SyntaxWarning,
           RuntimeWarning, FutureWarning, ImportWarning, UnicodeWarning, BytesWarning,
           ResourceWarning, EncodingWarning]
print([c.__name__ for c in classes if issubclass(c, Warning)])
print(Warning.__mro__[1].__name__, [c.__bases__[0].__name__ for c in classes[1:]])


def show(log):
    for w in log:
        print(' ', w.category.__name__, str(w.message), os.path.basename(w.filename), w.lineno,
              type(w.message).__name__)


def warn_here(text, category=UserWarning):
    warnings.warn(text, category)


def warn_for_caller(text):
    warnings.warn(text, stacklevel=2)


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.warn('first')
    warnings.warn('second', RuntimeWarning)
    warnings.warn(DeprecationWarning('as instance'))
    warn_here('from a function', FutureWarning)
    warn_for_caller('blames the caller')
    warnings.warn('too deep', stacklevel=50)
print(len(log))
show(log[:5])
print(log[5].filename, log[5].lineno)
print(str(log[0]).replace(log[0].filename, os.path.basename(log[0].filename)))

# The default action shows a warning once per location.
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('default')
    for i in range(3):
        warnings.warn('repeated')
    for i in range(2):
        warn_here('in function')
    warn_here('in function')
print(len(log), [str(w.message) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('once')
    for i in range(2):
        warnings.warn('once message')
    warnings.warn('once message')
    warnings.warn('other message')
print(len(log), [str(w.message) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('module')
    for i in range(2):
        warnings.warn('module message')
    warnings.warn('module message')
print(len(log))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('ignore')
    warnings.warn('ignored')
    warnings.simplefilter('always', RuntimeWarning)
    warnings.warn('still ignored')
    warnings.warn('shown', RuntimeWarning)
print(len(log), [str(w.message) for w in log])

with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('an error now')
    except UserWarning as e:
        print('UserWarning', e)
    try:
        warnings.warn('also', DeprecationWarning)
    except DeprecationWarning as e:
        print('DeprecationWarning', e)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.filterwarnings('ignore', message='skip')
    warnings.filterwarnings('error', message='fail', category=RuntimeWarning)
    warnings.filterwarnings('ignore', module='__main__', category=FutureWarning)
    warnings.warn('Skip me')
    warnings.warn('keep me, skip')
    warnings.warn('fail', UserWarning)
    warnings.warn('future', FutureWarning)
    try:
        warnings.warn('failing', RuntimeWarning)
    except RuntimeWarning as e:
        print('RuntimeWarning', e)
print(len(log), [str(w.message) for w in log])

# The default filters: DeprecationWarning shows in __main__, PendingDeprecationWarning never.
with warnings.catch_warnings(record=True) as log:
    warnings.warn('dep', DeprecationWarning)
    warnings.warn('pending', PendingDeprecationWarning)
    warnings.warn('user')
print(len(log), [w.category.__name__ for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    warnings.warn('pending', PendingDeprecationWarning)
print(len(log))

with warnings.catch_warnings(record=True, action='ignore') as log:
    warnings.warn('quiet')
print(len(log))

for bad in [lambda: warnings.simplefilter('loud'),
            lambda: warnings.filterwarnings('ignore', message=1),
            lambda: warnings.filterwarnings('ignore', category=int),
            lambda: warnings.filterwarnings('ignore', lineno=-1),
            lambda: warnings.warn('x', category=int),
            lambda: warnings.warn('x', category='x')]:
    try:
        bad()
    except (AssertionError, TypeError) as e:
        print(type(e).__name__, e)

print(repr(warnings.formatwarning('msg', UserWarning, 'file.py', 12, line='  x = 1  ')))
print(repr(warnings.formatwarning('msg', RuntimeWarning, 'file.py', 3, line='')))
out = io.StringIO()
warnings.showwarning('shown', UserWarning, 'f.py', 7, file=out, line='')
print(repr(out.getvalue()))

# With no record, warnings go to sys.stderr, through showwarning and formatwarning.
err = io.StringIO()
saved = sys.stderr
sys.stderr = err
with warnings.catch_warnings():
    warnings.simplefilter('always')
    warnings.warn('to stderr')
sys.stderr = saved
text = err.getvalue()
print(repr(text[text.index(':'):]), os.path.basename(text[:text.index(':')]))

seen = []
saved_show = warnings.showwarning
warnings.showwarning = lambda *args: seen.append((str(args[0]), args[1].__name__, args[3]))
with warnings.catch_warnings():
    warnings.simplefilter('always')
    warnings.warn('custom')
warnings.showwarning = saved_show
print(seen)

m = warnings.WarningMessage('text', UserWarning, 'f.py', 1)
print(str(m))
print(m.message, m.category.__name__, m.filename, m.lineno, m.file, m.line)
