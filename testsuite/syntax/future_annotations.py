# `from __future__ import annotations`: parameter annotations are no longer evaluated, so
# forward references to names defined later (or never) are fine; functions without
# annotations have an empty dict.
from __future__ import annotations
import __future__


def g(x: Undefined, *rest: Later) -> Nope:
    return x * 2


print(g(21))
print(__future__.annotations.compiler_flag > 0, "annotations" in __future__.all_feature_names)


def h():
    pass


print(h.__annotations__, h.__annotations__ is h.__annotations__)


class Node:
    def link(self, other: Node) -> Node:
        return other


print(Node().link(5))
