# Index and key errors with their messages.
for thunk in [lambda: [1, 2][5], lambda: (1,)[-2], lambda: "ab"[9], lambda: b"x"[1], lambda: range(3)[3],
              lambda: {}["k"], lambda: {1: 2}[(1,)], lambda: [][0]]:
    try:
        thunk()
    except (IndexError, KeyError) as e:
        print(type(e).__name__, e)
one, key, fkey, nothing = [1], "a", 1.0, None
for thunk in [lambda: one[key], lambda: (1,)[fkey], lambda: "s"[nothing]]:
    try:
        thunk()
    except TypeError as e:
        print(type(e).__name__, e)
class Idx:
    def __index__(self):
        return 1
print([10, 20][Idx()], "ab"[Idx()])
