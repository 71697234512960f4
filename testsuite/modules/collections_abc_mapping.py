# collections.abc: the mixin methods of Mapping and MutableMapping, and their views.
from collections.abc import ItemsView, KeysView, Mapping, MutableMapping, ValuesView


class Registry(Mapping):
    def __init__(self, **items):
        self._items = dict(items)

    def __getitem__(self, key):
        return self._items[key]

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)


r = Registry(a=1, b=2)
print(r["a"], r.get("z", 0), "a" in r, "z" in r, list(r.keys()), list(r.items()),
      list(r.values()), r == {"a": 1, "b": 2}, r == {"a": 1}, len(r))
print(isinstance(r.keys(), KeysView), isinstance(r.items(), ItemsView),
      isinstance(r.values(), ValuesView), r.keys() & {"a"}, ("a", 1) in r.items(),
      2 in r.values())


class Store(MutableMapping):
    def __init__(self):
        self.data = {}

    def __getitem__(self, key):
        return self.data[key]

    def __setitem__(self, key, value):
        self.data[key] = value

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __len__(self):
        return len(self.data)


s = Store()
s.update({"x": 1}, y=2)
s.setdefault("z", 3)
print(sorted(s.items()), s.pop("x"), s.pop("q", "dflt"), s.popitem(), len(s))
s.clear()
print(len(s), isinstance(s, Mapping), issubclass(Store, MutableMapping))
