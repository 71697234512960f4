# Loop and with-targets, except-targets and imports bind in the current scope.
for i in range(3):
    pass
print(i)
class Ctx:
    def __enter__(self):
        return "entered"
    def __exit__(self, *exc):
        return False
with Ctx() as fh:
    pass
print(fh)
def f():
    for j in range(2):
        inner = j * 10
    import sys as s
    return j, inner, s is not None
print(f())
while False:
    never = 1
print("never" in globals())
if True:
    block_var = "visible after if"
print(block_var)
