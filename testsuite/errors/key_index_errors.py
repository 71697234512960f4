# KeyError and IndexError messages and args.
for case in [lambda: {}["k"], lambda: {}[1], lambda: {}[(1, 2)], lambda: {}[None], lambda: {"a": 1}.pop("b"),
             lambda: set().remove(3), lambda: {}.popitem()]:
    try:
        case()
    except KeyError as e:
        print(type(e).__name__, repr(e), e.args)
for case in [lambda: [][0], lambda: ()[0], lambda: ""[0], lambda: [1].pop(3), lambda: [].pop(),
             lambda: range(0)[0], lambda: bytearray()[0]]:
    try:
        case()
    except IndexError as e:
        print(type(e).__name__, e)
