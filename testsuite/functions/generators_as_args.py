# Generator expression as the sole argument, and built-in reducers.
print(sum(x * x for x in range(5)))
print(max(len(w) for w in ["a", "bbb", "cc"]))
print(list(x for x in "abc"))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, -1]))
print(sorted((x % 3, x) for x in range(6)))
print(dict((k, k * 2) for k in range(3)))
print("-".join(str(i) for i in range(4)))
print(min((abs(x), x) for x in [-3, 2, -1]))
