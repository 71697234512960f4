# Toy RSA with small primes and big-int modular arithmetic.
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
def modinv(a, m):
    g, x, _ = egcd(a, m)
    if g != 1:
        raise ValueError("no inverse")
    return x % m
p, q = 1000000007, 998244353
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
d = modinv(e, phi)
print(n, d, (e * d) % phi)
print(d == pow(e, -1, phi))
message = int.from_bytes(b"pyrite", "big")
cipher = pow(message, e, n)
plain = pow(cipher, d, n)
print(message, cipher, plain == message, plain.to_bytes(6, "big"))
def is_probable_prime(n):
    if n < 2:
        return False
    for small in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % small == 0:
            return n == small
    d, s = n - 1, 0
    while d % 2 == 0:
        d, s = d // 2, s + 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True
print([k for k in range(2, 60) if is_probable_prime(k)])
print(is_probable_prime(p), is_probable_prime(n), is_probable_prime(2 ** 61 - 1), is_probable_prime(2 ** 67 - 1))
