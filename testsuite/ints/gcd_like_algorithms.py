# Integer algorithms: gcd, primes, digit sums, base conversion.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(2 ** 60, 6 ** 20))
def primes(n):
    sieve = [True] * (n + 1)
    sieve[0] = sieve[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            for j in range(i * i, n + 1, i):
                sieve[j] = False
    return [i for i, p in enumerate(sieve) if p]
print(primes(60))
print(sum(int(d) for d in str(2 ** 100)))
def to_base(n, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    out = ""
    sign = "-" if n < 0 else ""
    n = abs(n)
    while n:
        n, r = divmod(n, base)
        out = digits[r] + out
    return sign + out
print(to_base(255, 2), to_base(-255, 16), to_base(10 ** 20, 36), int(to_base(10 ** 20, 36), 36))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x, y = y, (y + n // y) // 2
    return x
print(isqrt(10 ** 30), isqrt(99), isqrt(2 ** 101))
