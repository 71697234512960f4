# heapq: exact heap layout after each operation (matches CPython's algorithm), merge and errors.
import heapq
h = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
heapq.heapify(h)
print(h)
heapq.heappush(h, -1)
print(h)
print(heapq.heappop(h), h)
print(heapq.heapreplace(h, 10), h)
print(heapq.heappushpop(h, 4), h, heapq.heappushpop([], 1), heapq.heappushpop([5], 1))
words = ["pear", "fig", "apple", "kiwi", "banana"]
print(heapq.nsmallest(2, words, key=len), heapq.nlargest(2, words, key=len), heapq.nlargest(1, []), heapq.nsmallest(3, iter([3, 1, 2])))
print(list(heapq.merge([1, 3, 5], [2, 2, 6], [], [0])), list(heapq.merge()), list(heapq.merge(["b", "a"], ["c"], key=str.upper, reverse=True)))
for bad in [lambda: heapq.heapreplace([], 1), lambda: heapq.heappush((), 1), lambda: heapq.heapify(None)]:
    try:
        bad()
    except (IndexError, TypeError, AttributeError) as e:
        print(type(e).__name__)
