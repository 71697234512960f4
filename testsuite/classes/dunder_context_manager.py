# Context-manager classes: resource handling and exception suppression.
class Resource:
    opened = 0
    def __enter__(self):
        Resource.opened += 1
        return self
    def __exit__(self, et, ev, tb):
        Resource.opened -= 1
        if et is ZeroDivisionError:
            print("suppressed", ev)
            return True
        return False
with Resource() as r:
    print("inside", Resource.opened, type(r).__name__)
print("after", Resource.opened)
with Resource():
    1 / 0
print("continued", Resource.opened)
try:
    with Resource():
        raise ValueError("bubbles")
except ValueError as e:
    print("caught", e, Resource.opened)
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__)
