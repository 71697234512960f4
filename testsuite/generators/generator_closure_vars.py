# Generators capture variables by closure and keep their own locals.
def make(n):
    def gen():
        for i in range(n):
            yield i * factor
    factor = 10
    return gen
g = make(3)
print(list(g()), list(g()))
gens = [(x for _ in range(2)) for x in "ab"]
print([list(gg) for gg in gens])
def counter():
    count = 0
    while True:
        count += 1
        yield count
a, b = counter(), counter()
print(next(a), next(a), next(b), next(a))
