# Methods cannot see class-body names directly; they go through self or the class.
class A:
    y = 1
    def get_y(self):
        try:
            return y
        except NameError as e:
            return type(e).__name__
    def get_y_properly(self):
        return self.y + A.y
print(A().get_y(), A().get_y_properly())
def factory(n):
    class Local:
        size = n
        def get(self):
            return n
    return Local
L = factory(7)
print(L.size, L().get(), L.__qualname__)
