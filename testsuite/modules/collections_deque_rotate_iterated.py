# Rotating a deque while it is iterated: CPython counts every change to a deque, so the
# iterator raises; Pyrite's notices only a change of length (a known gap, see skip.yaml).
from collections import deque

d = deque([1, 2, 3])
it = iter(d)
d.rotate(1)
try:
    print(list(it))
except RuntimeError as e:
    print("RuntimeError", e)
d = deque([1, 2, 3])
try:
    for x in d:
        d.append(d.popleft())
except RuntimeError as e:
    print("RuntimeError", e)
print(d)
