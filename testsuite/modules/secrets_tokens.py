# secrets: token lengths and alphabets, bounds of randbelow/randbits/choice, and errors
# (values are random, so only their shapes are printed).
import secrets
import string

print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), type(secrets.token_bytes(1)).__name__)
print(len(secrets.token_hex()), len(secrets.token_hex(7)), set(secrets.token_hex(64)) <= set(string.hexdigits))
print(len(secrets.token_urlsafe(16)), len(secrets.token_urlsafe(32)))
print(set(''.join(secrets.token_urlsafe(48) for _ in range(20))) <= set(string.ascii_letters + string.digits + '-_'))
print(all(0 <= secrets.randbelow(10) < 10 for _ in range(200)), secrets.randbelow(1), secrets.randbits(0))
print(all(0 <= secrets.randbits(12) < 4096 for _ in range(200)), secrets.randbits(300) < 2 ** 300)
print(secrets.choice('x'), secrets.choice([7, 7, 7]), secrets.choice('abc') in 'abc', secrets.DEFAULT_ENTROPY)
print(len({secrets.token_hex(16) for _ in range(50)}), secrets.compare_digest(b'a', b'a'))
for bad in [lambda: secrets.randbelow(0), lambda: secrets.randbelow(-3), lambda: secrets.randbits(-1), lambda: secrets.choice([])]:
    try:
        print('no error', bad())
    except (ValueError, IndexError) as error:
        print(type(error).__name__, error)
