# Counts and widths past the heap (2**40): MemoryError or CPython's OverflowError for C-int
# arguments, never a quietly wrong size (a 32-bit board used to truncate them to 0).
def t(n, f):
    try: r = f(); print(n, type(r).__name__, len(r) if hasattr(r, '__len__') else r)
    except Exception as e: print(n, type(e).__name__)
H = 2**40
t(1, lambda: bytes(H)); t(2, lambda: bytearray(H)); t(3, lambda: 'a'.ljust(H)); t(4, lambda: 'a'.center(H))
t(5, lambda: 'a'.zfill(H)); t(7, lambda: (1,) * H); t(8, lambda: bytearray(b'a') * H)
t(9, lambda: 'abc'[H:]); t(10, lambda: [1,2][:H]); t(11, lambda: 'x'.expandtabs(H)); t(12, lambda: '\tx'.expandtabs(H))
t(16, lambda: [0] * (H + 5)); t(17, lambda: 'ab'.rjust(H, '*')); t(18, lambda: b'a'.ljust(H)); t(19, lambda: list(range(H))[0:1])
import array
t(20, lambda: array.array('b', [0]) * H); t(21, lambda: 'abc'.split('b', H)); t(22, lambda: 'abc'.replace('b', 'x', H))
t(23, lambda: 'ab'.encode().hex(':', H)); t(24, lambda: bytes(range(3)).hex(' ', H))
