# In-place operators' errors and fallbacks, as CPython gives them: += of an immutable sequence
# falls back to +, a list's += extends by any iterable, d |= takes what update() takes,
# the count that is no int is named, @= is named.
def t(src):
    try:
        exec(src, {})
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)
for src in ['x = (1,); x += [2]', 'x = "a"; x += 1', 'x = b"a"; x += "s"', 'x = [1]; x += 1', 'x = 1; x += "a"', 'x = (1,) + [2]', 'x = "a" + 1', 'x = [1] + (2,)', 'x = {1}; x |= [1]', 'x = {}; x |= [1]', 'x = {}; x |= [(1, 2)]', 'x = 1.5; x -= "a"', 'x = [1]; x *= "a"', 'x = "a"; x *= 1.5', 'x = (1,); x *= 2.0', 'x = None; x += 1', 'x = bytearray(b"a"); x += "s"', 'x = 3; x @= 2', 'x = [1]; x -= [1]', 'x = 2; x **= "a"', 'x = 5; x //= 0', 'x = 5; x %= 0', 'x = 1; x <<= -1']:
    t(src)
