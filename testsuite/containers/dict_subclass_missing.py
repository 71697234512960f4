# A dict subclass's __missing__ answers d[key] for a missing key (only d[key]).
class Doubling(dict):
    def __missing__(self, key):
        return key * 2


d = Doubling(a=1)
print(d['a'], d['zz'], d.get('zz'), 'zz' in d, len(d), dict.__getitem__(d, 'q'))


class Recording(dict):
    def __missing__(self, key):
        self[key] = value = len(self)
        return value


r = Recording()
print(r['x'], r['y'], r['x'], r)


class Plain(dict):
    pass


try:
    Plain()['nope']
except KeyError as e:
    print('KeyError', e)


class Raising(dict):
    def __missing__(self, key):
        raise LookupError('no ' + key)


try:
    Raising()['k']
except LookupError as e:
    print(type(e).__name__, e)
