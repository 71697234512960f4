# Infinities and NaN.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf), str(-inf), float("-nan"), float("Infinity"), float("+inf"))
print(inf + 1, inf - inf, inf * 0, inf / inf, -inf < 0 < inf, inf == inf, inf > 10 ** 400)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan, [nan] == [nan])
print(max(1, inf), min(-inf, 1), sorted([inf, -inf, 0.0]))
print(1 / inf, -1 / inf, abs(-inf))
x = inf - inf
print(x != x, inf * -1 == -inf, 1e308 * 10 == inf, -1e308 * 10 == -inf)
