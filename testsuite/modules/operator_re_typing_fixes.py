# operator.length_hint asks __length_hint__, concat/iconcat refuse non-sequences; re.sub
# takes a function's None as no text and replaces nothing for a negative count; from
# typing import * brings the special forms.
import operator, re
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class H:
    def __length_hint__(self): return 7
class N:
    def __length_hint__(self): return NotImplemented
class Bad:
    def __length_hint__(self): return -1
t(lambda: operator.length_hint(H())); t(lambda: operator.length_hint(N(), 4)); t(lambda: operator.length_hint(Bad()))
t(lambda: operator.length_hint([1, 2])); t(lambda: operator.length_hint(5, 3)); t(lambda: operator.length_hint(5, 'x'))
t(lambda: operator.concat(1, 2)); t(lambda: operator.concat([1], [2])); t(lambda: operator.concat('a', 'b')); t(lambda: operator.iconcat(1, 2))
t(lambda: re.sub('a', lambda m: None, 'xa')); t(lambda: re.sub('a', 'b', 'aaa', count=-1)); t(lambda: re.subn('a', 'b', 'aaa', count=-2)); t(lambda: re.sub('a', 'b', 'aaa', count=2)); t(lambda: re.sub(b'a', lambda m: None, b'xa'))
from typing import *
print(List, Optional[int] is not None, Any, Callable, Dict, Tuple, Union)
import typing
print(len(typing.__all__) > 60, 'cast' in typing.__all__, 'Any' in typing.__all__)
