# Bitwise operators on positive, negative and big ints.
for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (2 ** 70 + 5, 2 ** 65 + 3), (-(2 ** 70), 255)]:
    print(a & b, a | b, a ^ b, ~a)
print(1 << 0, 1 << 31, 1 << 64, 5 << 70, -1 << 10)
print(1024 >> 3, -1024 >> 3, -1 >> 100, 2 ** 100 >> 50, -(2 ** 100) >> 99)
for bad in [lambda: 1 << -1, lambda: 1 >> -1]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
print((255).bit_length(), (256).bit_length(), (0).bit_length(), (-255).bit_length(), (2 ** 100).bit_length())
print((0b1011).bit_count(), (-7).bit_count(), (2 ** 80 - 1).bit_count())
