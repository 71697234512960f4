# heapq: binary min-heaps on lists (heap[k] <= heap[2k+1] and heap[2k+2]); only `<` compares.


#- heappush heappop heapreplace heappushpop heapify
def _check(heap):
    if not isinstance(heap, list):
        raise TypeError("heap argument must be a list")


def _bubble_up(heap, top, pos):
    # Move heap[pos] towards `top` while it is smaller than its parent.
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sink(heap, pos):
    # Walk the hole at `pos` down along the smaller children to a leaf, then bubble the
    # displaced item back up: fewer comparisons than a classic sift-down.
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up(heap, top, pos)


def heappush(heap, item):
    _check(heap)
    heap.append(item)
    _bubble_up(heap, 0, len(heap) - 1)


def heappop(heap):
    _check(heap)
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sink(heap, 0)
        return smallest
    return last


def heapreplace(heap, item):
    _check(heap)
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sink(heap, 0)
    return smallest


def heappushpop(heap, item):
    _check(heap)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sink(heap, 0)
    return item


def heapify(x):
    _check(x)
    for i in range(len(x) // 2 - 1, -1, -1):
        _sink(x, i)


#- nlargest nsmallest
def nlargest(n, iterable, key=None):
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]


def nsmallest(n, iterable, key=None):
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


#- merge
def merge(*iterables, key=None, reverse=False):
    return _merge([iter(it) for it in iterables], key, reverse)


def _merge(iterators, key, reverse):
    # A heap of heads [key, input number, value, iterator] (the number negated when reversed,
    # so that ties go to the earlier input), a max-heap when reversed.
    direction = -1 if reverse else 1
    less = (lambda a, b: b < a) if reverse else (lambda a, b: a < b)
    heap = []
    for order, it in enumerate(iterators):
        for value in it:
            heap.append([value if key is None else key(value), order * direction, value, it])
            break
    for i in reversed(range(len(heap) // 2)):
        _sift(heap, i, less)
    while heap:
        head = heap[0]
        yield head[2]
        for value in head[3]:
            head[0] = value if key is None else key(value)
            head[2] = value
            break
        else:
            last = heap.pop()
            if not heap:
                return
            heap[0] = last
        _sift(heap, 0, less)


def _sift(heap, pos, less):
    # Moves heap[pos] down to where its children are not before it.
    n = len(heap)
    item = heap[pos]
    while True:
        child = 2 * pos + 1
        if child >= n:
            break
        if child + 1 < n and less(heap[child + 1], heap[child]):
            child += 1
        if not less(heap[child], item):
            break
        heap[pos] = heap[child]
        pos = child
    heap[pos] = item