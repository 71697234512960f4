# map and filter are lazy iterators.
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2])), list(map(str.upper, "ab")))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x % 2, range(7))))
calls = []
m = map(lambda x: calls.append(x) or x * 2, [1, 2, 3])
print(calls)
print(next(m), calls)
print(list(m), calls)
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
print(type(map(abs, [])).__name__, type(filter(None, [])).__name__)
