# bytearray reprs escape ' between double quotes; setting an attribute of a built-in type is
# a TypeError; BytesIO.getbuffer() is a view on the stream's bytes.
import io
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: bytearray(b"it's"))
t(lambda: bytearray(b'say "hi" it\'s'))
t(lambda: b"it's")
def setint():
    int.x = 1
t(setint)
def setstr():
    str.upper = None
t(setstr)
def setobj():
    object.y = 2
t(setobj)
b = io.BytesIO(b"hello")
def gb():
    m = b.getbuffer()
    m[0] = ord("J")
    return bytes(m), b.getvalue(), len(m)
t(gb)
class C:
    pass
def badbase():
    class D(1): pass
