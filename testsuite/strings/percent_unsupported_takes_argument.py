# An unsupported %-conversion takes its argument first: with none left it is the TypeError,
# else the ValueError naming the character and its index.
cases = [
    ('%5%', ()), ('%5%', (1,)), ('%-5%', ()), ('%5%', {}), ('%(a)%', {'a': 1}),
    ('%.2%', ()), ('%*%', (3,)), ('%*%', (3, 4)), ('%s %y', (1,)), ('%s %y', (1, 2)),
    ('%b', ()), ('%b', (1,)), ('%(a)y', {}), ('%y', 5), ('%\x80', 1), ('%%%d', 3),
    ('%', ()), ('%(a', {}), ('%s %%', (1,)),
    (b'%b', (b'x',)), (b'%s', (b'y',)), (b'%y', ()), (b'%y', (1,)), (b'%5%', (1,)),
    (b'%r', ('x',)), (b'%a', (1,)),
]
for template, args in cases:
    try:
        print(repr(template), args, repr(template % args))
    except Exception as e:
        print(repr(template), args, type(e).__name__, e)
