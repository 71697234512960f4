# print() to a Python file writes each piece separately (argument, separator, end) and calls
# flush() when asked; a bad end says "end must be".
class Recorder:
    def __init__(self):
        self.pieces = []
        self.flushed = 0
    def write(self, text):
        self.pieces.append(text)
    def flush(self):
        self.flushed += 1
r = Recorder()
print(1, 'two', [3], file=r)
print(file=r)
print('a', 'b', sep='-', end='!', file=r, flush=True)
print(r.pieces, r.flushed)
class Loud:
    def __str__(self):
        return 'loud'
class Name(str):
    def __str__(self):
        return 'overridden'
print(Loud(), Name('x'), file=r)
print(r.pieces[-4:])
for bad in [dict(sep=1), dict(end=2)]:
    try:
        print('x', **bad)
    except TypeError as e:
        print('TypeError', e)
import io, contextlib
buffer = io.StringIO()
with contextlib.redirect_stdout(buffer):
    print('captured', 42)
print(repr(buffer.getvalue()))
