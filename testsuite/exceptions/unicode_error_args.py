# UnicodeDecodeError and UnicodeEncodeError: raised by codecs and made by hand, their args
# (encoding, object, start, end, reason), the attributes and CPython's str().
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e, e.args, getattr(e, 'start', None), getattr(e, 'end', None), getattr(e, 'reason', None), getattr(e, 'encoding', None), getattr(e, 'object', None))
t(lambda: str(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad')))
t(lambda: str(UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 2, 'bad')))
t(lambda: str(UnicodeEncodeError('ascii', 'é', 0, 1, 'nope')))
t(lambda: str(UnicodeEncodeError('ascii', 'éé', 0, 2, 'nope')))
t(lambda: str(UnicodeEncodeError('ascii', '\U0001f600', 0, 1, 'nope')))
t(lambda: str(UnicodeEncodeError('ascii', '\u20ac', 0, 1, 'nope')))
t(lambda: b'\xff'.decode())
t(lambda: b'ab\xe2\x82'.decode())
t(lambda: b'a\xe2\x28\xa1'.decode())
t(lambda: b'\x80abc'.decode('ascii'))
t(lambda: 'aé€'.encode('ascii'))
t(lambda: 'a\U0001f600'.encode('latin-1'))
t(lambda: 'aéé'.encode('ascii'))
try:
    b'\xff'.decode()
except UnicodeError as e:
    print(isinstance(e, ValueError), type(e).__mro__[1].__name__)
class MyErr(UnicodeDecodeError):
    pass
t(lambda: str(MyErr('x', b'ab', 1, 2, 'why')))
