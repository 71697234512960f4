# %-formatting of str, int and float subclasses uses their own __str__/__repr__; a tuple
# subclass holds the arguments; bytes % a bytes subclass.
class S(str):
    def __str__(self): return 'custom'
    def __repr__(self): return 'R'
class I(int):
    def __str__(self): return 'istr'
    def __repr__(self): return 'irepr'
class F(float):
    def __repr__(self): return 'frepr'
s = S('plain')
print('%s' % s, '%r' % s, '%s' % (s,), '{}'.format(s), f'{s}', str(s), format(s), '%-8s|' % s)
print('%s %r %d' % (I(5), I(5), I(5)), '{}'.format(I(5)), f'{I(5)}', str(I(5)), '%s' % F(1.5), '%r' % F(1.5), str(F(1.5)))
print('x' + s, s + 'y', s.upper(), type(s.upper()).__name__, [s], (s,))
class T(tuple): pass
print('%s-%s' % T((1, 2)), '%(a)s' % {'a': s})
class B(bytes): pass
print(b'<%s>' % B(b'raw'), b'%r' % B(b'x'))
