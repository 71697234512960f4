# Unknown keyword arguments: CPython's C functions say "'x' is an invalid keyword argument for
# f()", its Python ones "f() got an unexpected keyword argument 'x'"; sorted() names sort().
# A stream whose construction failed is not finalized as a stream.
import binascii
import collections
import io
import math
import sys
import traceback

calls = [
    lambda: print(foo=1),
    lambda: io.BytesIO(foo=1),
    lambda: io.StringIO(foo=1),
    lambda: binascii.a2b_base64(b"", foo=1),
    lambda: binascii.b2a_base64(b"", foo=1),
    lambda: binascii.hexlify(b"", foo=1),
    lambda: collections.deque(foo=1),
    lambda: math.prod([1], foo=1),
    lambda: traceback.format_exc(foo=1),
    lambda: traceback.print_exc(foo=1),
    lambda: sorted([1], foo=1),
    lambda: [1].sort(foo=1),
    lambda: sys.set_int_max_str_digits(foo=1),
    lambda: sys.set_int_max_str_digits(1000, foo=1),
    lambda: sys.set_int_max_str_digits(maxdigits=1000, foo=1),
]
for call in calls:
    try:
        call()
        print("no error")
    except TypeError as e:
        print(e)
import gc
gc.collect()
print("collected")
