# queue: FIFO, LIFO and priority queues. Pyrite has no threads, so nothing can change a queue
# while a call waits: a put on a full queue or a get on an empty one that would block raises
# Full or Empty at once (after sleeping `timeout` seconds when one is given), and join() with
# unfinished tasks raises RuntimeError instead of waiting for ever.

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'


def _check(block, timeout):
    if block and timeout is not None and timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


def _wait(block, timeout, error):
    # What a blocking call that cannot succeed does without threads.
    if block and timeout:
        import time
        time.sleep(timeout)
    raise error


class Queue:
    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self.unfinished_tasks = 0
        self._init(maxsize)

    def task_done(self):
        if self.unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self.unfinished_tasks -= 1

    def join(self):
        if self.unfinished_tasks:
            raise RuntimeError('join() would wait for ever: %d unfinished tasks and no threads'
                               % self.unfinished_tasks)

    def qsize(self):
        return self._qsize()

    def empty(self):
        return not self._qsize()

    def full(self):
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        _check(block, timeout)
        if self.full():
            _wait(block, timeout, Full)
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        _check(block, timeout)
        if not self._qsize():
            _wait(block, timeout, Empty)
        return self._get()

    def put_nowait(self, item):
        return self.put(item, False)

    def get_nowait(self):
        return self.get(False)

    # Storage, replaced by the subclasses: a list, oldest item first.
    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop(0)


#- LifoQueue
class LifoQueue(Queue):
    def _get(self):
        return self.queue.pop()


#- PriorityQueue
class PriorityQueue(Queue):
    def _put(self, item):
        from heapq import heappush
        heappush(self.queue, item)

    def _get(self):
        from heapq import heappop
        return heappop(self.queue)


#- SimpleQueue
class SimpleQueue:
    def __init__(self):
        self._items = []

    def put(self, item, block=True, timeout=None):
        self._items.append(item)

    def put_nowait(self, item):
        self._items.append(item)

    def get(self, block=True, timeout=None):
        _check(block, timeout)
        if not self._items:
            _wait(block, timeout, Empty)
        return self._items.pop(0)

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._items

    def qsize(self):
        return len(self._items)
