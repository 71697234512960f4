# bytearray is mutable.
ba = bytearray(b"hello")
ba[0] = 72
ba.append(33)
ba.extend(b" world")
ba += b"!"
print(ba, len(ba))
ba[1:5] = b"ELLO"
print(ba)
ba[0:1] = b""
print(ba)
del ba[-1]
del ba[:2]
print(ba, ba.pop(), ba.pop(0), ba)
ba.insert(0, 65)
ba.remove(ord("O"))
print(ba)
ba.reverse()
print(ba)
ba2 = bytearray(3)
print(ba2, bytearray([1, 2, 3]), bytearray("é", "utf-8"))
for bad in [lambda: ba.append(256), lambda: ba.__setitem__(0, -1), lambda: ba.remove(250), lambda: bytearray().pop()]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
ba.clear()
print(ba, ba == b"", bytearray(b"ab") == b"ab", bytes(bytearray(b"x")))
c = bytearray(b"abc")
c *= 2
print(c, c.copy(), c.count(b"a"), c.upper())
