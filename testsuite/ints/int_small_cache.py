# Integer identity is not observable through == and arithmetic; equality is by value.
a = 1000
b = 999 + 1
print(a == b, a + 0 == b, [a] == [b])
big1 = 2 ** 80
big2 = 2 ** 40 * 2 ** 40
print(big1 == big2, big1 - big2, {big1: 1}[big2])
print(sorted({big1, big2, 5, 5}))
