# random: seeded distributions (rounded: libm and the platform C library may differ in the last bit).
import random
random.seed(2024)
print([round(random.triangular(1, 5), 10) for _ in range(3)], round(random.triangular(0, 10, 2), 10), random.triangular(3, 3, 3))
print([round(random.expovariate(2.0), 10) for _ in range(3)], [round(random.normalvariate(10, 2), 10) for _ in range(3)])
print([round(random.gauss(0, 1), 10) for _ in range(4)], round(random.lognormvariate(0, 0.5), 10))
print(round(random.paretovariate(3), 10), round(random.weibullvariate(1, 2), 10))
random.seed(5)
a = random.gauss()
random.seed(5)
print(a == random.gauss(), random.random() < 1)
r = random.Random(11)
print(round(r.gauss(5, 0.1), 10), round(r.gauss(5, 0.1), 10), round(r.uniform(-1, 1), 10))
try:
    random.expovariate(0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
