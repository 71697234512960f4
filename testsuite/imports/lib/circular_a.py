import lib.circular_b as b
A_VALUE = "a"
def use_b():
    return b.B_VALUE
