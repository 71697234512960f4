# readinto: into a bytearray and into a memoryview of one; a read-only buffer is a TypeError.
import io
f = io.BytesIO(b"hello world, this is data")
buf = bytearray(8)
print(f.readinto(buf), buf)
mv = memoryview(bytearray(10))
print(f.readinto(mv), bytes(mv))
print(f.readinto(bytearray(100)), f.readinto(bytearray(5)))
try:
    f.readinto(b"abc")
except TypeError as e:
    print("TypeError")
