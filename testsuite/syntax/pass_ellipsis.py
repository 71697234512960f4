# pass, Ellipsis, empty bodies.
def f():
    pass
class C:
    ...
print(f(), C.__name__)
print(..., Ellipsis, ... is Ellipsis, type(...).__name__)
for _ in range(2):
    pass
while False:
    pass
x = [1, ...]
print(x)
if True:
    ...
print("done")
