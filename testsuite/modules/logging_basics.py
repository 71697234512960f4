# logging: levels, the logger hierarchy, handlers, formatters, filters, basicConfig and the
# last-resort handler. Records go to StringIO streams (stderr is not compared); times and file
# names are left out of the formats.
import io
import logging
import sys

print(logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL,
      logging.NOTSET, logging.WARN, logging.FATAL)
for level in [10, 20, 30, 40, 50, 0, 25, 'INFO', 'WARN', 'nothing']:
    print(repr(logging.getLevelName(level)))

root = logging.getLogger()
print(root is logging.root, root.name, logging.getLogger('root') is root, logging.getLogger('') is root)
print(root.level, root.getEffectiveLevel(), root.hasHandlers(), repr(root))

a = logging.getLogger('app')
ab = logging.getLogger('app.db')
abc = logging.getLogger('app.db.conn')
print(a.parent is root, ab.parent is a, abc.parent is ab, logging.getLogger('app') is a)
print(a.getChild('db') is ab, root.getChild('app') is a)
x = logging.getLogger('x.y.z')
print(x.parent is root)
xy = logging.getLogger('x.y')
print(x.parent is xy, xy.parent is root)
xp = logging.getLogger('x')
print(xy.parent is xp, x.parent is xy)

print(a.getEffectiveLevel(), abc.getEffectiveLevel())
a.setLevel(logging.DEBUG)
print(abc.getEffectiveLevel(), abc.isEnabledFor(logging.DEBUG), root.isEnabledFor(logging.DEBUG))
ab.setLevel('ERROR')
print(abc.getEffectiveLevel(), abc.isEnabledFor(logging.WARNING), repr(ab), repr(abc))
for bad in ['LOUD', 3.5, None]:
    try:
        a.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    logging.getLogger(5)
except TypeError as e:
    print('TypeError', e)

stream = io.StringIO()
h = logging.StreamHandler(stream)
h.setFormatter(logging.Formatter('%(levelname)s|%(name)s|%(levelno)d|%(message)s'))
a.addHandler(h)
print(a.hasHandlers(), abc.hasHandlers(), root.hasHandlers())
a.debug('debug %s', 'arg')
a.info('info %d %d', 1, 2)
a.warning('warning %(k)s', {'k': 'mapped'})
a.error('error')
a.critical('critical %r', [1])
a.log(25, 'custom level')
a.log(logging.INFO, 'via log')
abc.warning('below ERROR: dropped')
abc.error('from a child')
ab.propagate = False
print(abc.hasHandlers())
ab.addHandler(logging.NullHandler())
abc.critical('not propagated to app')
ab.handlers.clear()
ab.propagate = True
print(stream.getvalue(), end='')
try:
    a.log('INFO', 'x')
except TypeError as e:
    print('TypeError', e)

stream.seek(0)
stream.truncate()
h.setLevel(logging.ERROR)
a.warning('handler level drops this')
a.error('kept')
h.setLevel(logging.NOTSET)


class OnlyEven:
    def filter(self, record):
        return record.args and record.args[0] % 2 == 0


h.addFilter(OnlyEven())
for i in range(4):
    a.info('number %d', i)
h.filters.clear()
a.addFilter(lambda record: 'secret' not in record.msg)
a.info('a secret')
a.info('public')
a.filters.clear()
f = logging.Filter('app.db')
print(f.filter(logging.makeLogRecord({'name': 'app.db'})),
      f.filter(logging.makeLogRecord({'name': 'app.db.conn'})),
      f.filter(logging.makeLogRecord({'name': 'app.dbx'})),
      f.filter(logging.makeLogRecord({'name': 'app'})),
      logging.Filter().filter(logging.makeLogRecord({'name': 'any'})))
h.addFilter(f)
a.info('app: filtered out')
abc.error('app.db.conn: passes')
h.removeFilter(f)
print(stream.getvalue(), end='')

# Exceptions: exc_info=True and exception() add the traceback.
stream.seek(0)
stream.truncate()
try:
    1 / 0
except ZeroDivisionError:
    a.exception('failed %s', 'here')
    a.error('again', exc_info=True)
try:
    {}['k']
except KeyError as e:
    a.warning('with the exception', exc_info=e)
lines = stream.getvalue().splitlines()
print([line for line in lines if not line.startswith(' ')])

# Formatter styles and options.
record = logging.LogRecord('n', logging.INFO, 'path/mod.py', 7, 'hi %s', ('there',), None,
                           'func')
print(record.name, record.levelname, record.pathname, record.filename, record.module,
      record.lineno, record.funcName, record.getMessage(), repr(record))
print(logging.Formatter().format(record))
print(logging.Formatter('{levelname}:{message}', style='{').format(record))
print(logging.Formatter('$levelname/$message', style='$').format(record))
print(logging.Formatter('%(funcName)s %(lineno)d %(module)s %(filename)s').format(record))
fmt = logging.Formatter('%(asctime)s %(message)s', datefmt='%Y')
line = fmt.format(record)
print(len(line.split()[0]), line.split()[0].isdigit(), line.split()[1], fmt.usesTime())
print(len(logging.Formatter('%(asctime)s').format(record)))
for bad in [dict(fmt='no fields'), dict(fmt='%(message)s', style='^')]:
    try:
        logging.Formatter(**bad)
    except ValueError as e:
        print('ValueError', e)
try:
    a.info('x', extra={'message': 1})
except KeyError as e:
    print('KeyError', e)
h.setFormatter(logging.Formatter('%(message)s %(user)s'))
stream.seek(0)
stream.truncate()
a.warning('extra', extra={'user': 'bob'})
print(stream.getvalue(), end='')
h.setFormatter(logging.Formatter('%(message)s %(missing)s'))
stream.seek(0)
err = io.StringIO()
saved = sys.stderr
sys.stderr = err
a.warning('handleError reports it')
sys.stderr = saved
print(repr(stream.getvalue()), err.getvalue().splitlines()[0])
h.setFormatter(None)

# funcName and lineno of a record come from the caller.
records = []


class Collect(logging.Handler):
    def emit(self, record):
        records.append(record)


collector = Collect()
a.addHandler(collector)


def some_function():
    a.warning('inside')


some_function()
a.warning('at top level')
print([(r.funcName, r.getMessage()) for r in records])
print(records[0].lineno + 4 == records[1].lineno, records[0].filename == records[1].filename)
a.removeHandler(collector)
a.removeHandler(h)
print(a.handlers, a.hasHandlers())

# disable
stream2 = io.StringIO()
h2 = logging.StreamHandler(stream2)
a.addHandler(h2)
logging.disable(logging.WARNING)
a.warning('disabled')
a.error('not disabled')
logging.disable(logging.NOTSET)
a.info('enabled again')
print(repr(stream2.getvalue()))
a.removeHandler(h2)

n = logging.NullHandler()
a.addHandler(n)
a.error('into the null handler')
a.removeHandler(n)
print(repr(h2), repr(n), repr(logging.Handler()))
try:
    logging.Handler().emit(record)
except NotImplementedError as e:
    print('NotImplementedError', e)

# basicConfig configures the root once (unless force=True).
out = io.StringIO()
logging.basicConfig(stream=out, level=logging.INFO)
logging.info('root info %s', 1)
logging.debug('root debug')
logging.warning('root warning')
logging.getLogger('app').warning('app propagates to root')
logging.basicConfig(stream=io.StringIO(), format='%(message)s')
logging.error('still the first configuration')
print(out.getvalue(), end='')
out2 = io.StringIO()
logging.basicConfig(stream=out2, format='%(name)s says %(message)s', force=True)
logging.critical('forced')
logging.log(logging.ERROR, 'logged')
logging.getLogger('app.db').error('child')
print(out2.getvalue(), end='')
print(root.level, len(root.handlers))
for bad in [dict(stream=out, filename='x.log'), dict(foo=1, force=True),
            dict(style='?', force=True), dict(handlers=[h2], stream=out, force=True)]:
    try:
        logging.basicConfig(**bad)
    except ValueError as e:
        print('ValueError', e)
logging.shutdown()
