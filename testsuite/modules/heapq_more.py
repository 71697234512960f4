# heapq: heap sort, max-heap via negation, merge with key and reverse.
import heapq
data = [7, 2, 9, 4, 1, 8, 3]
h = list(data)
heapq.heapify(h)
print([heapq.heappop(h) for _ in range(len(h))] == sorted(data))
maxh = [-x for x in data]
heapq.heapify(maxh)
print([-heapq.heappop(maxh) for _ in range(3)])
print(list(heapq.merge(["a", "bbb"], ["cc"], key=len)), list(heapq.merge([5, 3, 1], [4, 2], reverse=True)))
print(heapq.nlargest(2, {"a": 3, "b": 7, "c": 5}.items(), key=lambda kv: kv[1]))
print(heapq.nsmallest(0, [1, 2]), heapq.nlargest(10, [3, 1]))
