# A priority-queue task scheduler built on a hand-written binary heap.
class Heap:
    def __init__(self):
        self.items = []
    def push(self, item):
        a = self.items
        a.append(item)
        i = len(a) - 1
        while i > 0 and a[(i - 1) // 2] > a[i]:
            a[(i - 1) // 2], a[i] = a[i], a[(i - 1) // 2]
            i = (i - 1) // 2
    def pop(self):
        a = self.items
        if not a:
            raise IndexError("pop from empty heap")
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i = 0
            while True:
                l, r, smallest = 2 * i + 1, 2 * i + 2, i
                if l < len(a) and a[l] < a[smallest]:
                    smallest = l
                if r < len(a) and a[r] < a[smallest]:
                    smallest = r
                if smallest == i:
                    break
                a[i], a[smallest] = a[smallest], a[i]
                i = smallest
        return top
    def __len__(self):
        return len(self.items)
class Scheduler:
    def __init__(self):
        self.queue = Heap()
        self.clock = 0
        self.seq = 0
        self.log = []
    def spawn(self, name, gen, delay=0, priority=5):
        self.queue.push((self.clock + delay, priority, self.seq, name, gen))
        self.seq += 1
    def run(self):
        while len(self.queue):
            when, prio, _, name, gen = self.queue.pop()
            self.clock = max(self.clock, when)
            try:
                delay = next(gen)
                self.log.append(f"t={self.clock:2} {name}")
                self.spawn(name, gen, delay, prio)
            except StopIteration as stop:
                self.log.append(f"t={self.clock:2} {name} done -> {stop.value}")
def blinker(n, period):
    for _ in range(n):
        yield period
    return f"blinked {n}"
def sensor(samples):
    total = 0
    for s in samples:
        total += s
        yield 3
    return total
sched = Scheduler()
sched.spawn("led", blinker(3, 4), priority=1)
sched.spawn("adc", sensor([5, 7, 9]), priority=2)
sched.spawn("late", blinker(1, 1), delay=6, priority=0)
sched.run()
print("\n".join(sched.log))
h = Heap()
for v in [5, 3, 8, 1, 9, 2]:
    h.push(v)
print([h.pop() for _ in range(len(h))])
try:
    h.pop()
except IndexError as e:
    print(type(e).__name__, e)
