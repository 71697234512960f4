# A search that starts past the end finds nothing, not even the empty string (str, bytes,
# bytearray): find/rfind -1, count 0, index ValueError, startswith/endswith False.
for s in ["abc", "héé", b"abc", bytearray(b"abc")]:
    e = s[:0]
    print(type(s).__name__,
          s.find(e, 4), s.find(e, 3), s.rfind(e, 4), s.rfind(e, 3),
          s.count(e, 4), s.count(e, 3), s.count(e, 9, 20),
          s.startswith(e, 4), s.endswith(e, 4), s.startswith(e, 3), s.endswith(e, 3),
          s.startswith((e,), 4), s.find(e, 2, 1), s.find(e, -10), s.count(e), s.count(e, -1))
    for method in [s.index, s.rindex]:
        try:
            print(method(e, 4))
        except ValueError as error:
            print("ValueError", error)
    print(s.find(e, 3, 2), s.find(s[:1], 0, 99), s.count(s[1:2], 1, 2**70))
