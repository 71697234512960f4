# and/or return operands and short-circuit; not.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default", "" and "x")
print([] or {} or 0 or "last", [1] and "yes")
def loud(v):
    print("eval", v)
    return v
print(loud(0) and loud(1))
print(loud(1) or loud(2))
print(loud(1) and loud(0) or loud(3))
print(not 0, not 1, not [], not [0], not None)
print(True + True, True * 3, False - 1, True / 2)
print(True & False, True | False, True ^ True, ~True)
x = 5
print(x > 1 and x < 10, not x > 1)
