class Shape:
    def describe(self):
        return f"{type(self).__name__} area={self.area()}"
