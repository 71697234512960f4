# _exceptiongroup: BaseExceptionGroup and ExceptionGroup (PEP 654), put in builtins when a
# program first names them, and the two steps of `except*` (the VM's CHECK_EG_MATCH calls
# _match, PREP_RERAISE_STAR calls _reraise). _same_traceback is native.

_GenericAlias = type(list[int])


def _is_sequence(value):
    return hasattr(type(value), '__getitem__') and not isinstance(value, dict)


def _is_exception_class(value):
    return isinstance(value, type) and issubclass(value, BaseException)


def _matcher(condition):
    # split()'s and subgroup()'s condition as a predicate on one exception.
    if callable(condition) and not isinstance(condition, type):
        return condition
    if _is_exception_class(condition) or (
        type(condition) is tuple and all(_is_exception_class(c) for c in condition)
    ):
        return lambda e: isinstance(e, condition)
    raise TypeError('expected a function, exception type or tuple of exception types')


def _subset(group, exceptions):
    # A group like `group` holding `exceptions`, made by its derive(), with its metadata.
    if not exceptions:
        return None
    part = group.derive(exceptions)
    if not isinstance(part, BaseExceptionGroup):
        raise TypeError('derive must return an instance of BaseExceptionGroup')
    part.with_traceback(group.__traceback__)
    part.__context__ = group.__context__
    part.__cause__ = group.__cause__
    notes = getattr(group, '__notes__', None)
    if notes is not None and _is_sequence(notes):
        part.__notes__ = list(notes)
    return part


def _split(exception, match, with_rest):
    # (the part of `exception` that matches, the rest): None for an empty part.
    if match(exception):
        return exception, None
    if not isinstance(exception, BaseExceptionGroup):
        return None, exception
    matched = []
    rest = []
    for e in exception._exceptions:
        m, r = _split(e, match, with_rest)
        if m is not None:
            matched.append(m)
        if r is not None:
            rest.append(r)
    return _subset(exception, matched), _subset(exception, rest) if with_rest else None


class _ReadOnly:
    # The `message` and `exceptions` attributes: kept in `_name`, not settable.
    def __init__(self, name):
        self._name = name

    def __get__(self, instance, owner=None):
        return self if instance is None else getattr(instance, self._name)

    def __set__(self, instance, value):
        raise AttributeError('readonly attribute')

    def __delete__(self, instance):
        raise AttributeError('readonly attribute')


class BaseExceptionGroup(BaseException):
    __module__ = 'builtins'

    def __new__(cls, *args, **kwargs):
        if len(args) != 2:
            raise TypeError(
                'BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)' % len(args)
            )
        message, exceptions = args
        if not isinstance(message, str):
            raise TypeError(
                'BaseExceptionGroup.__new__() argument 1 must be str, not '
                + ('None' if message is None else type(message).__name__)
            )
        if not _is_sequence(exceptions):
            raise TypeError('second argument (exceptions) must be a sequence')
        items = tuple(exceptions)
        if not items:
            raise ValueError('second argument (exceptions) must be a non-empty sequence')
        nests_base = False
        for i, e in enumerate(items):
            if not isinstance(e, BaseException):
                raise ValueError('Item %d of second argument (exceptions) is not an exception' % i)
            if not isinstance(e, Exception):
                nests_base = True
        if cls is BaseExceptionGroup:
            if not nests_base:
                cls = ExceptionGroup
        elif nests_base and issubclass(cls, Exception):
            raise TypeError(
                'Cannot nest BaseExceptions in '
                + ('an ExceptionGroup' if cls is ExceptionGroup else "'%s'" % cls.__name__)
            )
        if kwargs:
            raise TypeError(cls.__name__ + '() takes no keyword arguments')
        self = BaseException.__new__(cls, message, exceptions)
        self._message = message
        self._exceptions = items
        return self

    message = _ReadOnly('_message')
    exceptions = _ReadOnly('_exceptions')

    def __str__(self):
        n = len(self._exceptions)
        return '%s (%d sub-exception%s)' % (self._message, n, '' if n == 1 else 's')

    def derive(self, excs):
        return BaseExceptionGroup(self._message, excs)

    def split(self, condition):
        return _split(self, _matcher(condition), True)

    def subgroup(self, condition):
        return _split(self, _matcher(condition), False)[0]

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)


class ExceptionGroup(BaseExceptionGroup, Exception):
    __module__ = 'builtins'


def _match(rest, types):
    # CHECK_EG_MATCH: (what stays unhandled, the group an `except* types` clause handles).
    for t in types if type(types) is tuple else (types,):
        if not _is_exception_class(t):
            raise TypeError(
                'catching classes that do not inherit from BaseException is not allowed'
            )
        if issubclass(t, BaseExceptionGroup):
            raise TypeError(
                'catching ExceptionGroup with except* is not allowed. Use except instead.'
            )
    if rest is None:
        return None, None
    if isinstance(rest, types):
        if not isinstance(rest, BaseExceptionGroup):
            # A naked exception: handled as a group of one.
            return None, BaseExceptionGroup('', (rest,))
        return None, rest
    if isinstance(rest, BaseExceptionGroup):
        match, rest = _split(rest, lambda e: isinstance(e, types), True)
        return rest, match
    return rest, None


def _leaves(exception, into):
    if isinstance(exception, BaseExceptionGroup):
        for e in exception._exceptions:
            _leaves(e, into)
    else:
        into.append(exception)


def _reraise(orig, raised):
    # PREP_RERAISE_STAR: what leaves a try statement with except* clauses. `orig` is what the
    # body raised; `raised` holds what the handlers raised and, last, the unhandled rest.
    raised = [e for e in raised if e is not None]
    if not isinstance(orig, BaseExceptionGroup):
        # A naked exception: one clause at most ran.
        return raised[0] if raised else None
    # Parts of `orig` (re-raised with a bare `raise`, or left unhandled) share its
    # traceback, cause and context: they go back together in `orig`'s shape.
    new = []
    kept = []
    for e in raised:
        if (
            _same_traceback(e, orig)
            and e.__cause__ is orig.__cause__
            and e.__context__ is orig.__context__
        ):
            _leaves(e, kept)
        else:
            new.append(e)
    if kept:
        kept = _split(orig, lambda e: any(e is k for k in kept), False)[0]
        if not new:
            return kept
        new.append(kept)
    if not new:
        return None
    return new[0] if len(new) == 1 else BaseExceptionGroup('', new)
