# global declarations.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
print(bump(), bump(), counter)
def create():
    global brand_new
    brand_new = "made inside"
create()
print(brand_new)
def read_only():
    return counter * 10
print(read_only())
def multiple():
    global a1, a2
    a1, a2 = 1, 2
multiple()
print(a1, a2)
