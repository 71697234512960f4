# Python 2's print and exec statements: CPython's "Missing parentheses" hint names the one used.
sources = [
    'print "hello"',
    "print 1, 2",
    'exec "x = 1"',
    "exec code in ns",
    "if True:\n    print x",
    "print",
    "exec",
    "print;",
]
for src in sources:
    try:
        compile(src, "<test>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset)
