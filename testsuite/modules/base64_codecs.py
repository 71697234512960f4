# base64: Base64 (standard, URL-safe, alternative characters, validation), Base32, Base16
# and the MIME-style encodebytes/decodebytes, with the errors CPython raises.
import base64
import binascii

data = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(250, 256)),
        b'\xfb\xff\xfe']
for d in data:
    e = base64.b64encode(d)
    print(d, e, base64.b64decode(e) == d, base64.urlsafe_b64encode(d),
          base64.standard_b64encode(d) == e)
    print(' ', base64.b32encode(d), base64.b32decode(base64.b32encode(d)) == d,
          base64.b16encode(d), base64.b16decode(base64.b16encode(d)) == d)

print(base64.b64encode(b'\xfb\xff', altchars=b'*!'))
print(base64.b64decode(b'-_8=', altchars=b'-_'), base64.b64decode('+/8=', b'-_'))
print(base64.urlsafe_b64decode('-_8='), base64.urlsafe_b64decode(b'-_8='))
print(base64.b64decode('Zm9v'), base64.b64decode(bytearray(b'Zm9vYg==')))
print(base64.b64decode(b'Zm9v\nYmFy'), base64.b64decode(b'Zm9v!!YmFy'))
print(base64.standard_b64decode(b'YWJj'))

def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)

attempt(base64.b64decode, b'Zm9v!!YmFy', validate=True)
attempt(base64.b64decode, b'Zm9vYg==', validate=True)
attempt(base64.b64decode, b'Zm9vYg===', validate=True)
attempt(base64.b64decode, b'Zm9vY')
attempt(base64.b64decode, b'Zm9vYg')
attempt(base64.b64decode, 'Zm9v\xe9')
attempt(base64.b64decode, 12)
attempt(base64.b64encode, 'abc')
attempt(base64.b64encode, b'ab', altchars=b'-')
print(issubclass(binascii.Error, ValueError))

print(base64.b16encode(b'\x01\xab\xff'))
attempt(base64.b16decode, b'01abff')
attempt(base64.b16decode, b'01abff', casefold=True)
attempt(base64.b16decode, '01ABFF')
attempt(base64.b16decode, b'01AG')
attempt(base64.b16decode, b'01A')

print(base64.b32encode(b'hello world'))
attempt(base64.b32decode, b'NBSWY3DP')
attempt(base64.b32decode, b'nbswy3dp', casefold=True)
attempt(base64.b32decode, b'nbswy3dp')
attempt(base64.b32decode, b'NBSWY3D')
attempt(base64.b32decode, b'NBSWY3D1')
attempt(base64.b32decode, b'MFRGGZA=')
attempt(base64.b32decode, b'MFRGG===')
attempt(base64.b32decode, b'ME======')
attempt(base64.b32decode, b'MFRA====')
attempt(base64.b32decode, b'MFRGGZ==')
attempt(base64.b32decode, b'========')
attempt(base64.b32decode, b'0E======', map01=b'L')
attempt(base64.b32decode, b'01======', map01=b'I')
attempt(base64.b32encode, 'text')

long = bytes(range(100))
enc = base64.encodebytes(long)
print(enc.count(b'\n'), enc.split(b'\n')[0][-8:], len(enc))
print(base64.decodebytes(enc) == long, base64.encodebytes(b''), base64.encodebytes(b'ab'))
attempt(base64.encodebytes, 'ab')
attempt(base64.decodebytes, 'YWI=')
