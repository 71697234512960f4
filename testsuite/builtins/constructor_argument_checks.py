# object() with keywords, int(base=) without a value, enumerate(start=True), from_bytes on
# bool and int subclasses: CPython's results (object(a=1) and int(base=10) gave values).
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: object(a=1))
t(lambda: object(1))
t(lambda: int(base=10))
t(lambda: int(base=0))
t(lambda: list(enumerate('ab', start=True)))
t(lambda: bool.from_bytes(b'\x01', 'big'))
class I(int): pass
t(lambda: type(I.from_bytes(b'\x01', 'big')).__name__)
t(lambda: I.from_bytes(b'\x02', 'little'))
