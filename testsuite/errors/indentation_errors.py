# IndentationError and TabError are SyntaxErrors.
sources = [
    "if True:\npass",
    "if True:\n    a = 1\n  b = 2",
    "  x = 1",
    "def f():\n    return 1\n        x = 2",
    "if True:\n\tx = 1\n        y = 2",
]
for src in sources:
    try:
        compile(src, "<indent>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.lineno, isinstance(e, IndentationError))
