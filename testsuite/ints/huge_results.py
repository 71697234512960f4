# Results too big for any memory fail at once with MemoryError (they do not compute for ages).
for source in ["1 << (1 << 62)", "-3 << (1 << 50)", "(10 ** 20) << (1 << 55)"]:
    try:
        eval(source)
        print(source, "computed")
    except MemoryError:
        print(source, "MemoryError")
# round() to tens of a power far beyond the number: zero, without building that power.
print(round(15, -1), round(-25, -1), round(51, -2), round(10 ** 30 + 1, -29), round(5, -40))
print(round(-(10 ** 50), -60), round(2 ** 200, -61), round(2 ** 200, -60))
