# hashlib: copies are independent, names and sizes, data kinds and errors.
import hashlib
h = hashlib.md5(b"a")
c = h.copy()
h.update(b"b")
print(c.hexdigest() == hashlib.md5(b"a").hexdigest(), h.hexdigest() == hashlib.md5(b"ab").hexdigest())
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "SHA256"]:
    x = hashlib.new(name, b"data")
    print(x.name, x.digest_size, x.block_size, len(x.digest()), len(x.hexdigest()))
print(hashlib.sha1(bytearray(b"abc")).hexdigest() == hashlib.sha1(memoryview(b"abc")).hexdigest())
big = hashlib.sha256()
for i in range(200):
    big.update(bytes([i]) * 63)
print(big.hexdigest())
print(hashlib.sha256(b"x" * 55).hexdigest(), hashlib.sha256(b"x" * 56).hexdigest(), hashlib.md5(b"y" * 64).hexdigest())
for bad in [lambda: hashlib.new("sha3_999"), lambda: hashlib.md5(5), lambda: hashlib.sha1().update("s"), lambda: hashlib.new(5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
