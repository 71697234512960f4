import lib.circular_a
B_VALUE = "b"
def use_a():
    return lib.circular_a.A_VALUE
