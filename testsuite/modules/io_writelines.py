# writelines() on StringIO, BytesIO and files: each item written as is.
import io
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
f = io.StringIO()
f.writelines(['a\n', 'b'])
f.writelines(x for x in 'cd')
t(lambda: f.getvalue())
t(lambda: f.writelines([1]))
g = io.BytesIO()
g.writelines([b'x', bytearray(b'y')])
t(lambda: g.getvalue())
with open('h7.txt', 'w') as fh:
    fh.writelines(['1\n', '2\n'])
with open('h7.txt') as fh:
    t(lambda: fh.read())
with open('h7.txt', 'wb') as fh:
    fh.writelines([b'3'])
with open('h7.txt', 'rb') as fh:
    t(lambda: fh.read())
import os; os.remove('h7.txt')
