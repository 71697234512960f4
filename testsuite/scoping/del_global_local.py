# del of globals and locals, then re-binding.
g = 1
def remove():
    global g
    del g
remove()
print("g" in globals())
try:
    print(g)
except NameError as e:
    print(type(e).__name__, e)
g = 2
print(g)
def local_del():
    a = 1
    del a
    a = 3
    return a
print(local_del())
