# hashlib: incremental updates equal one-shot, hexdigest/digest agree, new() by name.
import hashlib
data = bytes(i * 7 % 256 for i in range(1000))
for name in ["sha256", "sha1", "md5"]:
    one = hashlib.new(name, data)
    inc = hashlib.new(name)
    for i in range(0, len(data), 37):
        inc.update(data[i:i + 37])
    print(name, one.hexdigest() == inc.hexdigest(), one.digest().hex() == one.hexdigest(), one.block_size, one.hexdigest())
try:
    hashlib.sha256("text")
except TypeError as e:
    print(type(e).__name__)
