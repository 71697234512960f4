# hashlib: sha224, sha384 and sha512 digests.
import hashlib
for n in ["sha224","sha384","sha512"]:
    for d in [b"", b"abc", bytes(range(256))*5]:
        print(n, hashlib.new(n, d).hexdigest())
h = hashlib.sha512(b"x"*200); print(h.name, h.digest_size, h.block_size)
