# typing's special forms: equal and hashed by name and arguments (unions as sets, Optional[X]
# is Union[X, None]), CPython's reprs, get_origin and get_args.
import typing
from typing import List, Dict, Optional, Union, Callable, Tuple, Any
print(List[int] == List[int], hash(List[int]) == hash(List[int]), Optional[int] == Union[int, None], Union[int, str] == Union[str, int])
print(repr(List[int]), repr(Dict[str, List[int]]), repr(Optional[int]), repr(Union[int, str]))
print(repr(Callable[[int], str]), repr(Callable[..., int]), repr(Tuple[int, ...]), repr(Tuple[()]))
print(repr(List), repr(Any), repr(Optional[List[int]]))
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]), typing.get_args(Optional[int]))
print(Union[int] is int, Union[int, int], List[int] != List[str])
print({List[int]: 1}[List[int]])
print(list[int] == list[int], repr(list[int]), int | None == Optional[int])
