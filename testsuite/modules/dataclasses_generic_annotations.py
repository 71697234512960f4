# Dataclass fields annotated with generic aliases and unions (list[int], int | None).
from dataclasses import dataclass, field, InitVar, fields
from typing import ClassVar, Optional, List, Union
import typing


@dataclass
class D:
    xs: list[int] = field(default_factory=list)
    cfg: dict[str, int | None] = field(default_factory=dict)
    maybe: int | None = None
    counter: ClassVar[dict[str, int]] = {}
    seed: InitVar[list[int]] = None

    def __post_init__(self, seed):
        if seed:
            self.xs.extend(seed)


d = D(seed=[1, 2])
print(d, [f.name for f in fields(d)], [f.type for f in fields(d)])
print(Optional[list[int]] is not None, List[int] is not None)
print(D.__annotations__)


def g(a: Union[int, str], b: typing.Dict[str, list[int]]) -> int | None:
    return None


print(g.__annotations__['return'])
