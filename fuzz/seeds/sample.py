import os, sys as s
from .a import (b, c as d,)

@dec(1)
class A(B, metaclass=M):
    x: int = 1
    def f(self, a, /, b=2, *c, d, e=3, **f) -> None:
        '''doc'''
        global g
        for i, (j, *k) in enumerate(a[1:2, ::3]):
            if i % 2 and not j or k is not None:
                continue
            elif j in k: yield from k
            else:
                x = [y ** -2 for y in range(10) if y]
        while True:
            try:
                z = {1: 'a', **d} | {*c}
            except (ValueError, KeyError) as e:
                raise RuntimeError(f"{e!r:>{10}} {x=}") from e
            finally:
                break
        with open(a) as f, (g := h): pass
        return lambda q, *r, **s: (q, r, s) if q else b'\x00' rb'\n'
x = 0x_ff + 0o7 + 0b1 + 1_000.5e-3 + 3j + 123456789012345678901234567890
del x[0], x.y
assert x, "msg\n\t\u00e9"
