# if/elif/else, truthiness of many types.
def classify(x):
    if x is None:
        return "none"
    elif isinstance(x, bool):
        return "bool"
    elif not x:
        return "falsy"
    elif isinstance(x, int) and x > 100:
        return "big"
    else:
        return "other"
for value in [None, True, 0, 0.0, "", [], {}, (), set(), 5, 500, "s", [0]]:
    print(repr(value), classify(value))
if 1: print("one-line if")
if 0:
    pass
else: print("one-line else")
