# hashlib: sha256, sha1, md5 digests of known inputs.
import hashlib
for name in ["sha256", "sha1", "md5"]:
    for data in [b"", b"abc", b"The quick brown fox jumps over the lazy dog", bytes(range(256)) * 3]:
        h = getattr(hashlib, name)(data)
        print(name, len(data), h.hexdigest(), h.digest_size)
h = hashlib.sha256()
h.update(b"hello ")
h.update(b"world")
print(h.hexdigest() == hashlib.sha256(b"hello world").hexdigest(), len(h.digest()), h.name)
c = h.copy()
c.update(b"!")
print(c.hexdigest() != h.hexdigest())
