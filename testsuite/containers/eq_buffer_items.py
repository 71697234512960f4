# Containers holding bytearray, memoryview and slice items compare them by value (==, in, count, index, dict values).
pairs = [
    (bytearray(b"ab"), bytearray(b"ab")),
    (bytearray(b"ab"), b"ab"),
    (b"ab", bytearray(b"ab")),
    (memoryview(b"ab"), memoryview(b"ab")),
    (memoryview(b"ab"), b"ab"),
    (slice(1, 2), slice(1, 2)),
    (bytearray(b"ab"), bytearray(b"ac")),
    (slice(1, 2), slice(1, 3)),
]
for x, y in pairs:
    print(x == y, [x] == [y], (x,) == (y,), {0: x} == {0: y}, y in [x], [x].count(y), [0, x] != [0, y])
print([bytearray(b"x"), 1].index(b"x"), (1, memoryview(b"y")).index(b"y"))
print({1: [bytearray()]} == {1: [bytearray(b"")]}, [bytearray(b"x")] == ["x"])
