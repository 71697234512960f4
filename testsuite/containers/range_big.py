# range with arbitrary-precision bounds.
big = range(10 ** 20)
print(big[-1], 10 ** 19 in big, big[10 ** 19], big.index(12345), range(-(2 ** 70), 0, 2 ** 68)[1])
try:
    len(big)
    print("len ok")
except OverflowError as e:
    print(type(e).__name__, e)
print(len(range(2 ** 62, 2 ** 62 + 5)), list(range(2 ** 64, 2 ** 64 + 3)))
