# io.BytesIO.
import io
b = io.BytesIO(b"hello world")
print(b.read(5), b.tell(), b.read(), b.read())
b.seek(6)
b.write(b"WORLD")
print(b.getvalue(), b.seek(0, 2), b.tell())
b.write(b"!!")
print(b.getvalue())
b.seek(0)
print(b.readline(), b.readlines())
w = io.BytesIO()
w.write(b"\x00\x01")
w.write(bytearray(b"\x02"))
print(w.getvalue(), len(w.getvalue()))
try:
    w.write("text")
except TypeError as e:
    print(type(e).__name__)
