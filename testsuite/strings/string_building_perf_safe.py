# Building strings of moderate size in different ways gives identical results.
n = 200
a = ""
for i in range(n):
    a += chr(97 + i % 26)
b = "".join(chr(97 + i % 26) for i in range(n))
c = "abcdefghijklmnopqrstuvwxyz" * (n // 26) + "abcdefghijklmnopqrstuvwxyz"[: n % 26]
print(a == b == c, len(a), a[:30], a[-5:])
print(a.count("a"), a.find("xyz"), a.rfind("xyz"))
