# Scheduler: a Richards-style operating-system simulation (tasks, packets, a priority scheduler).
#
# Stresses method calls, attribute reads and writes, small objects, inheritance and
# polymorphic dispatch. Written for Pyrite; the checksum was computed by CPython 3.11.
#
# bench-sizes: default=190 quick=19 board=1
# bench-unit: runs/s

import time

NAME = "scheduler"
UNIT = "runs/s"
EXPECTED = (2511, 878, 399, 2310, 2348, [531, 519, 447, 437, 177, 400])

WORK = 0
DEVICE = 1


class Packet:
    def __init__(self, link, owner, kind):
        self.link = link
        self.owner = owner
        self.kind = kind
        self.count = 0
        self.data = [0, 0, 0, 0]

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        tail = queue
        while tail.link is not None:
            tail = tail.link
        tail.link = self
        return queue


class Task:
    def __init__(self, scheduler, ident, priority, queue):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.held = False
        self.waiting = queue is None
        self.runs = 0

    def runnable(self):
        if self.held:
            return False
        return not self.waiting or self.queue is not None

    def take_packet(self):
        packet = self.queue
        if packet is not None:
            self.queue = packet.link
            packet.link = None
        self.waiting = False
        return packet

    def receive(self, packet):
        self.queue = packet.append_to(self.queue)

    def step(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, scheduler, ident, priority, count):
        Task.__init__(self, scheduler, ident, priority, None)
        self.waiting = False
        self.seed = 1
        self.count = count

    def step(self, packet):
        self.count -= 1
        if self.count == 0:
            self.held = True
            return
        if self.seed & 1 == 0:
            self.seed = self.seed >> 1
            self.scheduler.release(5)
        else:
            self.seed = (self.seed >> 1) ^ 0xD008
            self.scheduler.release(6)


class WorkerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        Task.__init__(self, scheduler, ident, priority, queue)
        self.destination = 3
        self.letter = 0

    def step(self, packet):
        if packet is None:
            self.waiting = True
            return
        self.destination = 7 - self.destination
        packet.owner = self.destination
        packet.count = 0
        for index in range(4):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            packet.data[index] = self.letter
        self.scheduler.send(packet, self.destination)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, queue, device):
        Task.__init__(self, scheduler, ident, priority, queue)
        self.device = device
        self.work = None
        self.devices = None

    def step(self, packet):
        if packet is not None:
            if packet.kind == WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        if self.work is None:
            self.waiting = True
            return
        work = self.work
        if work.count >= 4:
            self.work = work.link
            self.scheduler.send(work, 2)
            return
        if self.devices is None:
            self.waiting = True
            return
        device_packet = self.devices
        self.devices = device_packet.link
        device_packet.count = work.data[work.count]
        work.count += 1
        self.scheduler.send(device_packet, self.device)


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority):
        Task.__init__(self, scheduler, ident, priority, None)
        self.pending = None
        self.total = 0

    def step(self, packet):
        if packet is None:
            if self.pending is None:
                self.waiting = True
                return
            packet = self.pending
            self.pending = None
            self.total += packet.count
            self.scheduler.send(packet, packet.owner)
        else:
            self.pending = packet
            self.held = True


class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.order = []
        self.sent = 0
        self.releases = 0

    def add(self, task):
        self.tasks[task.ident] = task
        self.order.append(task)
        self.order.sort(key=lambda t: -t.priority)

    def release(self, ident):
        self.releases += 1
        self.tasks[ident].held = False

    def send(self, packet, ident):
        self.sent += 1
        target = self.tasks[ident]
        target.receive(packet)

    def run(self):
        steps = 0
        busy = True
        while busy:
            busy = False
            for task in self.order:
                if task.runnable():
                    busy = True
                    steps += 1
                    task.runs += 1
                    task.step(task.take_packet())
                    break
        return steps


def run_once():
    scheduler = Scheduler()
    scheduler.add(IdleTask(scheduler, 1, 0, 400))
    work_queue = Packet(None, 2, WORK).append_to(None)
    work_queue = Packet(None, 2, WORK).append_to(work_queue)
    scheduler.add(WorkerTask(scheduler, 2, 1000, work_queue))
    queue_a = None
    queue_b = None
    for _ in range(3):
        queue_a = Packet(None, 3, DEVICE).append_to(queue_a)
        queue_b = Packet(None, 4, DEVICE).append_to(queue_b)
    scheduler.add(HandlerTask(scheduler, 3, 2000, queue_a, 5))
    scheduler.add(HandlerTask(scheduler, 4, 3000, queue_b, 6))
    scheduler.add(DeviceTask(scheduler, 5, 4000))
    scheduler.add(DeviceTask(scheduler, 6, 5000))
    steps = scheduler.run()
    runs = [task.runs for task in scheduler.order]
    return (steps, scheduler.sent, scheduler.releases, scheduler.tasks[5].total, scheduler.tasks[6].total, runs)


def check(checksum):
    return checksum == EXPECTED


def _settle():
    # Start from a collected heap, so a board's score does not depend on what ran before.
    try:
        import gc

        gc.collect()
    except ImportError:
        pass


def _timer():
    # perf_counter where it exists (CPython, Pyrite), ticks_us on MicroPython, time() otherwise.
    if hasattr(time, "perf_counter"):
        return time.perf_counter, lambda start: time.perf_counter() - start
    if hasattr(time, "ticks_us"):
        return time.ticks_us, lambda start: time.ticks_diff(time.ticks_us(), start) / 1000000.0
    return time.time, lambda start: time.time() - start


def main(n):
    _settle()
    start, elapsed = _timer()
    t0 = start()
    checksum = None
    for _ in range(n):
        checksum = run_once()
    seconds = elapsed(t0)
    if seconds <= 0.0:
        seconds = 1e-9
    ok = check(checksum)
    print(
        "BENCH name=%s score=%.3f unit=%s time_s=%.6f n=%d check=%s"
        % (NAME, n / seconds, UNIT, seconds, n, "ok" if ok else "fail")
    )
    if not ok:
        raise AssertionError("%s: checksum %r, expected %r" % (NAME, checksum, EXPECTED))


if __name__ == "__main__":
    main(190)
