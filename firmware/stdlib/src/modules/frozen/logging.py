# logging: loggers in a dotted-name hierarchy, handlers, formatters and filters. Pyrite has no
# threads or processes: handlers take no locks, and records carry thread/process fields of
# None. A record's pathname, lineno and funcName come from `_caller` (the VM's frames);
# pathname is the code's file name as Pyrite knows it. Handlers are not flushed and closed at
# exit: call shutdown(). The '$' style needs the string module.

import sys as _sys
import time as _time

CRITICAL = FATAL = 50
ERROR = 40
WARNING = WARN = 30
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {CRITICAL: 'CRITICAL', ERROR: 'ERROR', WARNING: 'WARNING', INFO: 'INFO',
                DEBUG: 'DEBUG', NOTSET: 'NOTSET'}
_nameToLevel = {'CRITICAL': CRITICAL, 'FATAL': FATAL, 'ERROR': ERROR, 'WARN': WARNING,
                'WARNING': WARNING, 'INFO': INFO, 'DEBUG': DEBUG, 'NOTSET': NOTSET}

raiseExceptions = True
_startTime = _time.time()
_handlers = []


def getLevelName(level):
    name = _levelToName.get(level)
    if name is not None:
        return name
    name = _nameToLevel.get(level)
    if name is not None:
        return name
    return "Level %s" % level


def _checkLevel(level):
    if isinstance(level, int):
        return level
    if str(level) == level:
        if level not in _nameToLevel:
            raise ValueError("Unknown level: %r" % level)
        return _nameToLevel[level]
    raise TypeError("Level not an integer or a valid string: %r" % (level,))


# Methods compiled only when first looked up (section `_extras`).
_EXTRAS = ('acquire', 'addFilter', 'createLock', 'exception', 'fatal', 'formatException',
           'formatStack', 'formatTime', 'getChild', 'handleError', 'hasHandlers', 'release',
           'removeFilter', 'setStream')


class _Lazy:
    def __getattr__(self, name):
        if name in _EXTRAS and '_extras' not in globals():
            _sys.modules['logging']._extras
            return getattr(self, name)
        raise AttributeError("'%s' object has no attribute '%s'" % (type(self).__name__, name))


class LogRecord:
    def __init__(self, name, level, pathname, lineno, msg, args, exc_info, func=None,
                 sinfo=None, **kwargs):
        created = _time.time()
        self.name = name
        self.msg = msg
        if args and len(args) == 1 and isinstance(args[0], dict) and args[0]:
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        self.filename = pathname.replace('\\', '/').rsplit('/', 1)[-1]
        self.module = self.filename.rsplit('.', 1)[0] if '.' in self.filename else self.filename
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = created
        self.msecs = int((created - int(created)) * 1000) + 0.0
        self.relativeCreated = (created - _startTime) * 1000
        self.thread = None
        self.threadName = None
        self.processName = None
        self.process = None

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (self.name, self.levelno, self.pathname,
                                                      self.lineno, self.msg)

    def getMessage(self):
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args
        return msg


_DEFAULT_FORMATS = {'%': '%(message)s', '{': '{message}', '$': '${message}'}


class Formatter(_Lazy):
    converter = staticmethod(_time.localtime)
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *, defaults=None):
        if style not in _DEFAULT_FORMATS:
            raise ValueError('Style must be one of: %s' % ','.join(_DEFAULT_FORMATS))
        self._style = style
        self._fmt = fmt or _DEFAULT_FORMATS[style]
        self._defaults = defaults
        if validate and fmt:
            field = {'%': '%(', '{': '{', '$': '$'}[style]
            if field not in self._fmt:
                raise ValueError("Invalid format '%s' for '%s' style" % (self._fmt, style))
        self.datefmt = datefmt

    def usesTime(self):
        return {'%': '%(asctime)', '{': '{asctime', '$': 'asctime'}[self._style] in self._fmt

    def formatMessage(self, record):
        values = record.__dict__
        if self._defaults:
            values = dict(self._defaults)
            values.update(record.__dict__)
        try:
            if self._style == '%':
                return self._fmt % values
            if self._style == '{':
                return self._fmt.format(**values)
            from string import Template
            return Template(self._fmt).substitute(**values)
        except KeyError as e:
            raise ValueError('Formatting field not found in record: %s' % e)

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        s = self.formatMessage(record)
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + record.exc_text
        if record.stack_info:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + self.formatStack(record.stack_info)
        return s


_defaultFormatter = Formatter()


class Filterer(_Lazy):
    def __init__(self):
        self.filters = []

    def filter(self, record):
        for f in self.filters:
            if not (f.filter(record) if hasattr(f, 'filter') else f(record)):
                return False
        return True


class Handler(Filterer):
    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _checkLevel(level)
        self.formatter = None
        self._closed = False
        _handlers.append(self)

    def get_name(self):
        return self._name

    def set_name(self, name):
        self._name = name

    name = property(get_name, set_name)

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def format(self, record):
        return (self.formatter or _defaultFormatter).format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def handle(self, record):
        rv = self.filter(record)
        if rv:
            self.emit(record)
        return rv

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        pass

    def close(self):
        self._closed = True
        if self in _handlers:
            _handlers.remove(self)

    def __repr__(self):
        return '<%s (%s)>' % (self.__class__.__name__, getLevelName(self.level))


class StreamHandler(Handler):
    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = _sys.stderr if stream is None else stream

    def flush(self):
        if self.stream and hasattr(self.stream, "flush"):
            self.stream.flush()

    def emit(self, record):
        try:
            msg = self.format(record)
            self.stream.write(msg + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def __repr__(self):
        name = str(getattr(self.stream, 'name', ''))
        if name:
            name += ' '
        return '<%s %s(%s)>' % (self.__class__.__name__, name, getLevelName(self.level))


class _StderrHandler(StreamHandler):
    # The last resort: whatever sys.stderr is when a record comes.
    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return _sys.stderr


lastResort = _StderrHandler(WARNING)


class _Manager:
    def __init__(self, root):
        self.root = root
        self.disable = 0
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}
        self.loggerClass = None

    def getLogger(self, name):
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        logger = self.loggerDict.get(name)
        if logger is not None:
            return logger
        logger = (self.loggerClass or Logger)(name)
        logger.manager = self
        self.loggerDict[name] = logger
        # Parent: the nearest existing ancestor; children that skipped over this name are
        # moved under it.
        parent = self.root
        cut = name.rfind('.')
        while cut > 0:
            found = self.loggerDict.get(name[:cut])
            if found is not None:
                parent = found
                break
            cut = name.rfind('.', 0, cut)
        logger.parent = parent
        prefix = name + '.'
        for other in self.loggerDict.values():
            if other.parent is parent and other.name.startswith(prefix):
                other.parent = logger
        return logger


class Logger(Filterer):
    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def getEffectiveLevel(self):
        logger = self
        while logger:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled or self.manager.disable >= level:
            return False
        return level >= self.getEffectiveLevel()

    def debug(self, msg, *args, **kwargs):
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    def error(self, msg, *args, **kwargs):
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def critical(self, msg, *args, **kwargs):
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError("level must be an integer")
            return
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        where = _caller('<frozen logging>', max(stacklevel, 1) - 1)
        if where is None:
            return "(unknown file)", 0, "(unknown function)", None
        sinfo = None
        if stack_info:
            import traceback
            sinfo = 'Stack (most recent call last):\n' + ''.join(traceback.format_stack())
            sinfo = sinfo.rstrip('\n')
        return where[0], where[1], where[2], sinfo

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info, func=None, extra=None,
                   sinfo=None):
        rv = LogRecord(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            for key in extra:
                if key in ("message", "asctime") or key in rv.__dict__:
                    raise KeyError("Attempt to overwrite %r in LogRecord" % key)
                rv.__dict__[key] = extra[key]
        return rv

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False,
             stacklevel=1):
        fn, lno, func, sinfo = self.findCaller(stack_info, stacklevel)
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
            elif not isinstance(exc_info, tuple):
                exc_info = _sys.exc_info()
        record = self.makeRecord(self.name, level, fn, lno, msg, args, exc_info, func, extra,
                                 sinfo)
        self.handle(record)

    def handle(self, record):
        if not self.disabled and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        if hdlr not in self.handlers:
            self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        if hdlr in self.handlers:
            self.handlers.remove(hdlr)

    def callHandlers(self, record):
        found = 0
        logger = self
        while logger:
            for hdlr in logger.handlers:
                found += 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
            logger = logger.parent if logger.propagate else None
        if found == 0:
            if lastResort:
                if record.levelno >= lastResort.level:
                    lastResort.handle(record)
            elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
                _sys.stderr.write("No handlers could be found for logger \"%s\"\n" % self.name)
                self.manager.emittedNoHandlerWarning = True

    def __repr__(self):
        return '<%s %s (%s)>' % (self.__class__.__name__, self.name,
                                 getLevelName(self.getEffectiveLevel()))


class RootLogger(Logger):
    def __init__(self, level):
        Logger.__init__(self, "root", level)


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = _Manager(root)
root.manager = Logger.manager


def getLogger(name=None):
    if not name or isinstance(name, str) and name == root.name:
        return root
    return Logger.manager.getLogger(name)


def disable(level=CRITICAL):
    root.manager.disable = _checkLevel(level)


#- _extras
# The rarer methods, added to the classes when one of them is first looked up
# (`_Lazy.__getattr__`).
def _m_formatTime(self, record, datefmt=None):
    ct = self.converter(record.created)
    if datefmt:
        return _time.strftime(datefmt, ct)
    s = _time.strftime(self.default_time_format, ct)
    if self.default_msec_format:
        s = self.default_msec_format % (s, record.msecs)
    return s

def _m_formatException(self, ei):
    import traceback
    s = ''.join(traceback.format_exception(ei[0], ei[1], ei[2]))
    return s[:-1] if s[-1:] == "\n" else s


def _m_formatStack(self, stack_info):
    return stack_info


def _m_addFilter(self, filter):
    if filter not in self.filters:
        self.filters.append(filter)

def _m_removeFilter(self, filter):
    if filter in self.filters:
        self.filters.remove(filter)


def _m_createLock(self):
    self.lock = None

def _m_acquire(self):
    pass

def _m_release(self):
    pass


def _m_handleError(self, record):
    if raiseExceptions and _sys.stderr:
        import traceback
        _sys.stderr.write('--- Logging error ---\n')
        traceback.print_exc(file=_sys.stderr)
        _sys.stderr.write('Message: %r\nArguments: %s\n' % (record.msg, record.args))


def _m_setStream(self, stream):
    if stream is self.stream:
        return None
    old = self.stream
    self.flush()
    self.stream = stream
    return old


def _m_getChild(self, suffix):
    if self.root is not self:
        suffix = self.name + '.' + suffix
    return self.manager.getLogger(suffix)


def _m_hasHandlers(self):
    logger = self
    while logger:
        if logger.handlers:
            return True
        if not logger.propagate:
            return False
        logger = logger.parent
    return False


def _m_exception(self, msg, *args, exc_info=True, **kwargs):
    self.error(msg, *args, exc_info=exc_info, **kwargs)


Formatter.formatTime = _m_formatTime
Formatter.formatException = _m_formatException
Formatter.formatStack = _m_formatStack
Filterer.addFilter = _m_addFilter
Filterer.removeFilter = _m_removeFilter
Handler.createLock = _m_createLock
Handler.acquire = _m_acquire
Handler.release = _m_release
Handler.handleError = _m_handleError
StreamHandler.setStream = _m_setStream
Logger.getChild = _m_getChild
Logger.hasHandlers = _m_hasHandlers
Logger.exception = _m_exception
Logger.fatal = Logger.critical
del _m_formatTime
del _m_formatException
del _m_formatStack
del _m_addFilter
del _m_removeFilter
del _m_createLock
del _m_acquire
del _m_release
del _m_handleError
del _m_setStream
del _m_getChild
del _m_hasHandlers
del _m_exception
_extras = True


#- basicConfig debug info warning error critical fatal exception log BASIC_FORMAT
BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"


def basicConfig(**kwargs):
    force = kwargs.pop('force', False)
    encoding = kwargs.pop('encoding', None)
    errors = kwargs.pop('errors', 'backslashreplace')
    if force:
        for h in root.handlers[:]:
            root.removeHandler(h)
            h.close()
    if root.handlers:
        return
    handlers = kwargs.pop("handlers", None)
    if handlers is None:
        if "stream" in kwargs and "filename" in kwargs:
            raise ValueError("'stream' and 'filename' should not be specified together")
    elif "stream" in kwargs or "filename" in kwargs:
        raise ValueError("'stream' or 'filename' should not be specified together with "
                         "'handlers'")
    if handlers is None:
        filename = kwargs.pop("filename", None)
        mode = kwargs.pop("filemode", 'a')
        if filename:
            from logging import FileHandler
            if 'b' in mode:
                errors = None
            handlers = [FileHandler(filename, mode, encoding=encoding, errors=errors)]
        else:
            handlers = [StreamHandler(kwargs.pop("stream", None))]
    datefmt = kwargs.pop("datefmt", None)
    style = kwargs.pop("style", '%')
    if style not in _DEFAULT_FORMATS:
        raise ValueError('Style must be one of: %s' % ','.join(_DEFAULT_FORMATS))
    fs = kwargs.pop("format", {'%': BASIC_FORMAT, '{': '{levelname}:{name}:{message}',
                               '$': '${levelname}:${name}:${message}'}[style])
    fmt = Formatter(fs, datefmt, style)
    for h in handlers:
        if h.formatter is None:
            h.setFormatter(fmt)
        root.addHandler(h)
    level = kwargs.pop("level", None)
    if level is not None:
        root.setLevel(level)
    if kwargs:
        raise ValueError('Unrecognised argument(s): %s' % ', '.join(kwargs))


def critical(msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.critical(msg, *args, **kwargs)


fatal = critical


def error(msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.log(level, msg, *args, **kwargs)


#- FileHandler
class FileHandler(StreamHandler):
    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        self.baseFilename = filename
        self.mode = mode
        self.encoding = encoding
        self.errors = errors
        if delay:
            Handler.__init__(self)
            self.stream = None
        else:
            StreamHandler.__init__(self, self._open())

    def _open(self):
        return open(self.baseFilename, self.mode)

    def emit(self, record):
        if self.stream is None and not self._closed:
            self.stream = self._open()
        if self.stream:
            StreamHandler.emit(self, record)

    def close(self):
        if self.stream:
            self.stream.flush()
            self.stream.close()
            self.stream = None
        StreamHandler.close(self)

    def __repr__(self):
        return '<%s %s (%s)>' % (self.__class__.__name__, self.baseFilename,
                                 getLevelName(self.level))


#- NullHandler
class NullHandler(Handler):
    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None


#- Filter
class Filter:
    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if self.nlen == 0 or self.name == record.name:
            return True
        if not record.name.startswith(self.name):
            return False
        return record.name[self.nlen] == "."


#- shutdown
def shutdown(handlerList=None):
    for h in reversed(_handlers[:] if handlerList is None else handlerList):
        try:
            h.flush()
            h.close()
        except (OSError, ValueError):
            pass


#- addLevelName getLevelNamesMapping
def addLevelName(level, levelName):
    _levelToName[level] = levelName
    _nameToLevel[levelName] = level


def getLevelNamesMapping():
    return _nameToLevel.copy()


#- makeLogRecord
def makeLogRecord(dict):
    rv = LogRecord(None, None, "", 0, "", (), None, None)
    rv.__dict__.update(dict)
    return rv
