# SyntaxError from compile(): type, line number.
sources = [
    "x = (1, 2",
    "def f(:\n    pass",
    "if True\n    pass",
    "x = 1 +",
    "return 5",
    "break",
    "continue",
    "def f():\n    yield = 3",
    "1 = x",
    "f() = 1",
    "del f()",
    "x = [1, 2,, 3]",
    "'unterminated",
    "\"\"\"never closed",
    "a b",
    "def f(a, a):\n    pass",
    "f(x=1, x=2)",
    "f(**k, *a)",
    "lambda: (yield)" if False else "x = yield",
    "nonlocal x",
    "class C:\n    return 1",
    "for x in 1, 2:\npass",
    "import",
    "from x import",
    "f(a=1, 2)",
    "def f(a=1, b):\n    pass",
    "x := 5",
    "0b102",
]
for src in sources:
    try:
        compile(src, "<test>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.lineno)
