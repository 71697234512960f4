# sys.float_info (IEEE 754 binary64 on every port), sys.maxunicode and time.monotonic_ns.
import sys
import time

print(sys.maxunicode, hex(sys.maxunicode), chr(sys.maxunicode) == "\U0010ffff")
try:
    chr(sys.maxunicode + 1)
except ValueError as e:
    print("ValueError", e)

fi = sys.float_info
print(fi)
print(type(fi).__name__, len(fi), fi[0] == fi.max, sys.float_info is fi)
print(fi.max, fi.min, fi.epsilon)
print(fi.max_exp, fi.max_10_exp, fi.min_exp, fi.min_10_exp, fi.dig, fi.mant_dig, fi.radix, fi.rounds)
print(1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0)
print(fi.max * 2, fi.min / 2 > 0, fi.max == 2.0 ** 1023 * (2 - 2.0 ** -52))
print(tuple(fi)[6:8])
try:
    fi.dig = 3
except AttributeError:
    print("AttributeError")
print("float_info" in dir(sys), "maxunicode" in dir(sys))

t = time.monotonic_ns()
print(type(t).__name__, time.monotonic_ns() >= t, time.monotonic_ns.__name__)

# Struct sequences' fields are read-only; other names are missing (CPython's messages).
import os
for seq in (sys.float_info, time.gmtime(0), os.stat(".")):
    for name in ("nonexistent", "max", "tm_year", "st_mode"):
        for action in (lambda: setattr(seq, name, 1), lambda: delattr(seq, name)):
            try:
                action()
            except AttributeError as e:
                print(name, e)
