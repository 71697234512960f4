# Keys and items views are set-like: isdisjoint, operators; the values view is not.
d = {'a': 1, 'b': 2}
print(d.keys().isdisjoint(['x', 'y']), d.keys().isdisjoint('a'), d.keys().isdisjoint(set()))
print(d.items().isdisjoint([('a', 1)]), d.items().isdisjoint([('a', 2)]), d.items().isdisjoint([]))
print(hasattr(d.values(), 'isdisjoint'), {}.keys().isdisjoint([1]))
print(sorted(d.keys() | ['c']), d.keys() & {'b'}, sorted(d.keys() ^ {'a', 'q'}), d.keys() - ['a'])
try:
    d.keys().isdisjoint(5)
except TypeError as e:
    print(e)
