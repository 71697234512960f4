# list methods.
a = [3, 1, 2]
a.append(4); a.extend([5, 6]); a.insert(0, 0); a.insert(100, 99); a.insert(-1, 98)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(2)
print(a, a.index(5), a.count(1), a.index(3, 0, 5))
a.reverse()
print(a)
a.sort()
print(a)
a.sort(reverse=True, key=lambda x: x % 3)
print(a)
b = a.copy()
b.clear()
print(a, b)
for bad in [lambda: [].pop(), lambda: [1].remove(2), lambda: [1].index(2), lambda: [1].pop(5)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
