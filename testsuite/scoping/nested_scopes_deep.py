# Deeply nested scopes mixing nonlocal and globals.
total = 0
def level1():
    a = 1
    def level2():
        b = 2
        def level3():
            nonlocal b
            global total
            b += a
            total += b
            return a + b
        r = level3()
        return r, b
    return level2()
print(level1(), total)
print(level1(), total)
