# queue: FIFO, LIFO, priority and simple queues without threads (only calls that do not
# block: non-blocking calls and blocking calls that can succeed at once).
import queue

q = queue.Queue()
print(q.qsize(), q.empty(), q.full(), q.maxsize)
for i in range(4):
    q.put(i)
q.put_nowait('x')
print(q.qsize(), q.empty(), q.full())
print([q.get() for _ in range(3)], q.get_nowait(), q.get(timeout=1), q.empty())
for name, call in [('get_nowait', q.get_nowait), ('get(False)', lambda: q.get(False)),
                   ('get(block=False)', lambda: q.get(block=False, timeout=5))]:
    try:
        call()
    except queue.Empty as e:
        print(name, 'Empty', repr(str(e)))
try:
    q.get(timeout=-1)
except ValueError as e:
    print('ValueError', e)

b = queue.Queue(maxsize=2)
b.put(1)
b.put(2)
print(b.full(), b.qsize())
try:
    b.put_nowait(3)
except queue.Full:
    print('Full')
try:
    b.put(3, block=False)
except queue.Full:
    print('Full again')
try:
    b.put(3, timeout=-0.5)
except ValueError as e:
    print('ValueError', e)
print(b.get(), b.full())

t = queue.Queue()
t.put('a')
t.put('b')
print(t.unfinished_tasks)
t.get()
t.task_done()
t.get()
t.task_done()
t.join()
try:
    t.task_done()
except ValueError as e:
    print('ValueError', e)

lifo = queue.LifoQueue()
for i in [1, 2, 3]:
    lifo.put(i)
print([lifo.get() for _ in range(3)], lifo.empty())

pq = queue.PriorityQueue()
for item in [(3, 'c'), (1, 'a'), (2, 'b'), (0, 'z'), (5, 'e')]:
    pq.put(item)
print(pq.qsize(), [pq.get() for _ in range(5)])
try:
    pq.get_nowait()
except queue.Empty:
    print('Empty')

s = queue.SimpleQueue()
print(s.empty(), s.qsize())
s.put(1)
s.put_nowait(2)
s.put(3, block=False)
print(s.qsize(), s.get(), s.get_nowait(), s.get(timeout=0), s.empty())
try:
    s.get(block=False)
except queue.Empty:
    print('Empty')

print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(issubclass(queue.LifoQueue, queue.Queue), issubclass(queue.PriorityQueue, queue.Queue))
print(sorted(n for n in queue.__all__))
