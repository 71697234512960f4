# Methods of built-in and library classes called unbound without self raise TypeError (these
# indexed a missing self and stopped the interpreter); the message differs from CPython's
# ("... of 'collections.deque' object ..."), so only the type is shown.
import collections
import re
import types

Match = type(re.match("a", "a"))
calls = [
    collections.deque.append,
    collections.deque.pop,
    collections.deque.__len__,
    collections.deque.__iter__,
    collections.deque.rotate,
    Match.group,
    Match.groups,
    Match.groupdict,
    Match.span,
    Match.__repr__,
    BaseException.__str__,
    BaseException.__repr__,
    BaseException.__init__,
    type.mro,
    types.GenericAlias.__repr__,
    types.GenericAlias.__getitem__,
    types.GenericAlias.__eq__,
    types.GenericAlias.__or__,
]
for call in calls:
    try:
        call()
        print(call.__name__, "no error")
    except TypeError:
        print(call.__name__, "TypeError")
print(collections.deque.append(collections.deque(), 1), list(list.__iter__([1])))
