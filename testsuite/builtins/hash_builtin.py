# hash(): only properties, never values of str/bytes hashes.
print(hash(42), hash(-3), hash(0), hash(True), hash(None) == hash(None))
print(hash(1.0) == hash(1), hash("x") == hash("x"), hash((1, "a")) == hash((1, "a")))
print(type(hash("abc")).__name__, hash(2 ** 10) == 2 ** 10)
for bad in [[1], {"a": 1}, {1}, bytearray()]:
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
