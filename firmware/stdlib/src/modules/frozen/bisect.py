# bisect: binary search and insertion in sorted sequences, written for Pyrite from the
# CPython 3.11 documentation. Only `<` compares; `key` (3.10+) applies to the sequence's items,
# not to `x` (insort applies it to the item it inserts).


#- bisect_right bisect insort_right insort
def bisect_right(a, x, lo=0, hi=None, *, key=None):
    # The index after the last item <= x in a[lo:hi].
    if lo < 0:
        raise ValueError("lo must be non-negative")
    if hi is None or hi == -1:
        # -1 means "to the end", as CPython's C version takes it.
        hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        item = a[mid]
        if key is not None:
            item = key(item)
        if x < item:
            hi = mid
        else:
            lo = mid + 1
    return lo


def insort_right(a, x, lo=0, hi=None, *, key=None):
    a.insert(bisect_right(a, x if key is None else key(x), lo, hi, key=key), x)


bisect = bisect_right
insort = insort_right


#- bisect_left insort_left
def bisect_left(a, x, lo=0, hi=None, *, key=None):
    # The index of the first item >= x in a[lo:hi].
    if lo < 0:
        raise ValueError("lo must be non-negative")
    if hi is None or hi == -1:
        hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        item = a[mid]
        if key is not None:
            item = key(item)
        if item < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def insort_left(a, x, lo=0, hi=None, *, key=None):
    a.insert(bisect_left(a, x if key is None else key(x), lo, hi, key=key), x)
