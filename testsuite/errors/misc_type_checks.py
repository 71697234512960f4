# Assorted CPython checks: slices are unhashable, iter(v, w) needs a callable, sum() refuses bytes
# starts, splitlines() takes an int, partition's and super()'s messages, float divmod() by zero,
# object()'s repr, and two built-in layouts in one class.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: hash(slice(1, 2)))
t(lambda: iter(5, 0))
t(lambda: sum([b'a'], b''))
t(lambda: sum(['a'], 'b'))
t(lambda: sum([bytearray(b'a')], bytearray()))
t(lambda: 'abc'.splitlines('x'))
t(lambda: 'abc'.partition(1))
t(lambda: 'abc'.rpartition(1))
t(lambda: repr(object())[:15])
t(lambda: divmod(1.0, 0))
t(lambda: divmod(1, 0.0))
t(lambda: 1.0 // 0)
t(lambda: 1.0 % 0)
t(lambda: super(1))
def cls():
    class X(int, str):
        pass
t(cls)
