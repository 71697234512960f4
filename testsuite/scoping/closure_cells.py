# Closures share cells; late binding.
def make():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    i = 100
    return fs
print([f() for f in make()])
def make_bound():
    return [(lambda j: lambda: j)(i) for i in range(3)]
print([f() for f in make_bound()])
def pair():
    shared = []
    def add(v):
        shared.append(v)
    def get():
        return list(shared)
    return add, get
add, get = pair()
add(1); add(2)
print(get())
