# Functions stored on instances are not bound; on classes they are.
class C:
    def __init__(self):
        self.f = lambda: "instance attr"
    def g(self):
        return "method"
c = C()
print(c.f(), c.g())
C.h = lambda self: "added " + type(self).__name__
print(c.h())
def free(self, n):
    return n * 2
C.free = free
print(c.free(21))
m = c.g
C.g = lambda self: "replaced"
print(m(), c.g())
