# Accumulating floats: exact binary behaviour is deterministic.
total = 0.0
for i in range(10):
    total += 0.1
print(total, repr(total))
s = 0.0
for i in range(1, 101):
    s += 1.0 / i
print(s)
prod = 1.0
for i in range(1, 21):
    prod *= i
print(prod, prod == 2432902008176640000)
x = 1.0
while x + 1.0 != x:
    x *= 2.0
print(x)
eps = 1.0
while 1.0 + eps / 2 > 1.0:
    eps /= 2
print(eps)
