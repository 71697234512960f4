# hmac over hashlib: RFC 4231 / RFC 2202 vectors, long keys, incremental updates, copies,
# one-shot digest, names and sizes, compare_digest, and the errors.
import hashlib
import hmac

print(hmac.new(b'\x0b' * 20, b'Hi There', 'sha256').hexdigest())
print(hmac.new(b'Jefe', b'what do ya want for nothing?', hashlib.sha256).hexdigest())
print(hmac.new(b'\xaa' * 131, b'Test Using Larger Than Block-Size Key - Hash Key First', 'sha512').hexdigest())
print(hmac.new(b'key', b'The quick brown fox jumps over the lazy dog', 'md5').hexdigest())
print(hmac.new(b'key', b'The quick brown fox jumps over the lazy dog', hashlib.sha1).hexdigest())
print(hmac.new(bytearray(b'k' * 64), b'', 'sha224').hexdigest(), hmac.new(b'', None, 'sha384').hexdigest()[:32])
h = hmac.new(b'secret', digestmod=hashlib.sha256)
h.update(b'part one, ')
snapshot = h.copy()
h.update(b'part two')
print(h.hexdigest() == hmac.new(b'secret', b'part one, part two', 'sha256').hexdigest())
print(snapshot.hexdigest() == hmac.new(b'secret', b'part one, ', 'sha256').hexdigest(), h.digest() == h.digest())
print(h.name, h.digest_size, h.block_size, len(h.digest()), type(h).__name__)
print(hmac.digest(b'key', b'msg', 'sha256') == hmac.new(b'key', b'msg', 'sha256').digest())
print(hmac.new(b'key', memoryview(b'msg'), 'sha1').hexdigest())
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest(b'abc', b'abd'), hmac.compare_digest(b'abc', b'ab'))
print(hmac.compare_digest('token', 'token'), hmac.compare_digest(bytearray(b'x'), b'x'), hmac.compare_digest('a', 'b'))
for bad in [lambda: hmac.new(b'key', b'msg'), lambda: hmac.new('key', b'msg', 'sha256'),
            lambda: hmac.compare_digest('a', b'a'), lambda: hmac.compare_digest('é', 'é'),
            lambda: hmac.new(b'k', 'text', 'sha256'), lambda: hmac.compare_digest(1, 2)]:
    try:
        print('no error', bad())
    except TypeError as error:
        print('TypeError', error)
