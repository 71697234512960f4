# gc: cyclic garbage is reclaimed so a loop allocating cycles does not exhaust memory.
import gc
class Pair:
    def __init__(self):
        self.partner = None
        self.payload = [0] * 20
for round_ in range(300):
    a, b = Pair(), Pair()
    a.partner, b.partner = b, a
    if round_ % 50 == 0:
        gc.collect()
a = b = None
gc.collect()
print("done", gc.isenabled())
