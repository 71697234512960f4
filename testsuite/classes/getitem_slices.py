# __getitem__ receives slice objects for [a:b:c]; __setitem__ likewise.
class Recorder:
    def __getitem__(self, key):
        return key
    def __setitem__(self, key, value):
        print("set", key, value)
r = Recorder()
print(r[1], r[1:2], r[::3], r[:, 1], r[1:2, ::-1], r[...], r["k"])
r[0:5:2] = "v"
class Window:
    def __init__(self, data):
        self.data = list(data)
    def __getitem__(self, index):
        if isinstance(index, slice):
            return Window(self.data[index])
        return self.data[index]
    def __len__(self):
        return len(self.data)
    def __repr__(self):
        return f"Window({self.data})"
w = Window(range(10))
print(w[2:8], w[2:8][::2], w[-1], len(w[::3]))
