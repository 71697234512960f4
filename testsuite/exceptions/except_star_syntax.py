# except* SyntaxErrors: mixing except and except*, a clause without a type, and break,
# continue or return leaving an except* body (loops and functions inside one are fine).
sources = [
    "try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n",
    "try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n",
    "try:\n    pass\nexcept* ValueError:\n    pass\nexcept:\n    pass\n",
    "try:\n    pass\nexcept*:\n    pass\n",
    "for x in y:\n    try:\n        pass\n    except* ValueError:\n        break\n",
    "while x:\n    try:\n        pass\n    except* ValueError:\n        if x:\n            continue\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n",
    "def f():\n    for x in y:\n        try:\n            pass\n        except* ValueError:\n            break\n",
    "try:\n    pass\nexcept* ValueError:\n    try:\n        pass\n    finally:\n        break\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        for x in y:\n            break\n"
    "        while x:\n            continue\n        def g():\n            return 1\n",
    "try:\n    pass\nexcept* (ValueError, TypeError) as e:\n    pass\nelse:\n    pass\n"
    "finally:\n    pass\n",
    "try:\n    pass\nexcept *ValueError:\n    pass\n",
    "try:\n    pass\nexcept* ValueError, TypeError:\n    pass\n",
]
for source in sources:
    try:
        compile(source, "<test>", "exec")
        print("ok")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset)
