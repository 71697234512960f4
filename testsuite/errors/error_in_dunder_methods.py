# Exceptions raised inside dunder methods propagate out of the operator.
class Bad:
    def __add__(self, o):
        raise ValueError("add failed")
    def __len__(self):
        raise RuntimeError("len failed")
    def __iter__(self):
        raise KeyError("iter failed")
    def __eq__(self, o):
        raise TypeError("eq failed")
    def __hash__(self):
        return 1
for thunk in [lambda: Bad() + 1, lambda: len(Bad()), lambda: list(Bad()), lambda: Bad() == 1, lambda: Bad() in [1], lambda: {Bad(): 1, Bad(): 2}]:
    try:
        thunk()
    except Exception as e:
        print(type(e).__name__, e)
