# Keys and items views are unhashable (they compare as sets); a values view hashes.
d = {'a': 1}
for v in (d.keys(), d.items(), d.values()):
    try:
        print(type(v).__name__, type(hash(v)).__name__)
    except TypeError as e:
        print(type(e).__name__, e)
for make in (lambda: {d.keys()}, lambda: {d.items(): 1}, lambda: {d.values()}):
    try:
        print(len(make()))
    except TypeError as e:
        print(type(e).__name__, e)
