# index(x, start, stop) of arrays, lists and tuples: bounds clamp as a slice's, through
# __index__; and int.to_bytes of no bytes at all (0 and -1 fit when signed).
import array
a = array.array('H', [1, 2, 1, 3])
for args in [(1,), (1, 1), (1, 1, 2), (3, -1), (9,), (1, -10, 100), (1, 3), (2, 0, 1), (1, 'x')]:
    try: print(args, a.index(*args))
    except Exception as e: print(args, type(e).__name__, e)
print([1, 2, 1].index(1, 1), (1, 2, 1).index(1, -1))
for n in (0, -1, -2, 1, 2**70, -2**70):
    for signed in (True, False):
        try: print(n, signed, n.to_bytes(0, 'big', signed=signed))
        except Exception as e: print(n, signed, type(e).__name__, e)
class I:
    def __index__(self): return 1
for seq in ([1, 2, 1], (1, 2, 1), array.array('b', [1, 2, 1])):
    for args in [(1, I()), (1, -2**80, 2**80), (1, None), (1, 1.0), (1, True)]:
        try: print(type(seq).__name__, seq.index(*args))
        except Exception as e: print(type(seq).__name__, type(e).__name__, e)
