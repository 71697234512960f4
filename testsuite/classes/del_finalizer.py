# __del__ runs once when the collector frees an instance: after `del` plus gc.collect() (CPython
# runs it at once; Pyrite at the next collection), for objects in cycles too.
# (del_at_exit.py: errors in __del__, and what is left when the program ends.)
import gc


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


a = Tracked("plain")
del a
gc.collect()
print("after plain")


class Child(Tracked):
    pass


b = Child("cycle")
b.me = b
del b
gc.collect()
print("after cycle")

held = [Tracked("in a list")]
held = None
gc.collect()
print("after list")



class Phoenix:
    def __del__(self):
        global saved
        saved = self
        print("resurrected")


p = Phoenix()
del p
gc.collect()
print("saved is a", type(saved).__name__)
del saved
gc.collect()
print("__del__ ran once")


class Later:
    pass


def add_del(self):
    print("del added after the class was made")


later = Later()
Later.__del__ = add_del
del later
gc.collect()
print("end")
