# StringIO: overwrite in the middle, truncate, seek past the end, initial value position.
import io
s = io.StringIO("abcdef")
print(s.tell(), s.read(2), s.tell())
s.write("XY")
print(s.getvalue(), s.tell())
s.seek(1)
s.truncate()
print(repr(s.getvalue()))
s.seek(4)
s.write("Z")
print(repr(s.getvalue()))
t = io.StringIO()
for i in range(3):
    t.write(f"{i},")
print(t.getvalue(), t.readable(), t.writable(), t.seekable())
