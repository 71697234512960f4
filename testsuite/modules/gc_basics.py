# gc: collect, enable/disable, and reclaiming cycles (no byte counts printed).
import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
class Node:
    def __init__(self):
        self.other = None
for _ in range(100):
    a, b = Node(), Node()
    a.other, b.other = b, a
collected = gc.collect()
print(type(collected).__name__, collected >= 0)
big = [list(range(50)) for _ in range(20)]
del big
gc.collect()
print("alive")
