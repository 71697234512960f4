# Seed: memoryview formats and casts over bytearrays and arrays, arrays as buffers, StringIO
# and BytesIO line ends, asyncio's loop API and timeouts, property subclasses, Protocols.
import array, asyncio, io, typing

b = bytearray(range(16))
m = memoryview(b)
h = m.cast("H")
h[1] = 513
print(h.tolist()[:3], m[2:6].tobytes(), h[::2].tolist(), len(h), h.nbytes, h.format)
a = array.array("i", [1, -2, 3])
v = memoryview(a)
print(v.tolist(), v == a, bytes(a)[:4], bytearray(a)[4:8], v.cast("B")[:4].tolist())
with memoryview(b"xyz") as w:
    print(w.readonly, hash(w) == hash(b"xyz"))
s = io.StringIO("a\r\nb\rc\n", newline=None)
print(s.readlines(), io.StringIO("p\nq", newline="\r\n").getvalue())
f = io.BytesIO(b"1\n2\n3\n")
print(f.readlines(2), f.seek(100), f.read(), f.tell(), f.truncate(1), f.getvalue())


class register(property):
    def __init__(self, address):
        self.address = address
        super().__init__(lambda obj: obj.regs.get(address, 0), lambda obj, x: obj.regs.update({address: x}))


class Dev:
    ctrl = register(4)
    def __init__(self):
        self.regs = {}


d = Dev()
d.ctrl = 7
print(d.ctrl, type(Dev.__dict__["ctrl"]).__name__)


@typing.runtime_checkable
class Closer(typing.Protocol):
    def close(self): ...


print(isinstance(io.StringIO(), Closer), isinstance(3, Closer))


async def main():
    loop = asyncio.get_running_loop()
    handle = loop.call_later(0.001, print, "late")
    async def job(n):
        await asyncio.sleep(n / 1000)
        return n
    print([await t for t in asyncio.as_completed([job(2), job(1)])])
    try:
        async with asyncio.timeout(0.001):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout", handle.cancelled())


asyncio.run(main())
