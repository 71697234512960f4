# Misplaced global/nonlocal declarations are SyntaxErrors at compile time.
sources = [
    "def f():\n    x = 1\n    global x\n",
    "def f():\n    def g():\n        nonlocal y\n    return g\n",
    "def f(a):\n    global a\n",
    "nonlocal z\n",
    "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n",
]
for src in sources:
    try:
        compile(src, "<scoping>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.lineno)
