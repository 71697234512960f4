# Native functions that read their arguments by position take them by name too, as CPython's
# do (these raised 'takes no keyword arguments' or ignored the keyword).
import gc, os, random, re
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: eval(compile(source='1+2', filename='<s>', mode='eval')))
t(lambda: eval(compile('3', filename='<s>', mode='eval', dont_inherit=True)))
t(lambda: eval(compile('3', '<s>', 'eval', flags=0, optimize=-1)))
t(lambda: exec('x = 1', {}, closure=None))
t(lambda: type(gc.collect(generation=2)))
t(lambda: sorted(os.listdir(path='.')) == sorted(os.listdir('.')))
t(lambda: os.stat(path='.').st_mode > 0)
r = random.Random(5)
t(lambda: r.randint(a=1, b=100))
t(lambda: r.choice(seq='abc'))
t(lambda: r.uniform(a=1, b=2))
t(lambda: r.randbytes(n=3))
l = [1, 2, 3, 4]
t(lambda: (r.shuffle(x=l), l)[1])
t(lambda: r.randint(1, b=10))
random.seed(7)
t(lambda: random.randint(a=1, b=1000))
t(lambda: random.paretovariate(alpha=2) > 0)
t(lambda: re.match('(a)', 'a').expand(template=r'\1\1'))
t(lambda: memoryview(b'ab').tobytes(order='C'))
t(lambda: int.from_bytes(bytes=b'\xff\xfe', byteorder='big', signed=True))
