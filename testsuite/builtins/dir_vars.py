# dir() and vars() list names (printed sorted and filtered).
class C:
    a = 1
    def m(self):
        pass
c = C()
c.x = 2
print([n for n in dir(c) if not n.startswith("__")], vars(c))
print("append" in dir([]), "upper" in dir(""), "keys" in dir({}))
def f():
    local1 = 1
    local2 = 2
    return sorted(dir())
print(f())
print(sorted(k for k in vars(C) if not k.startswith("__")))
