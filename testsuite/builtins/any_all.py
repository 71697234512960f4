# any and all short-circuit.
print(any([]), all([]), any([0, 0, 1]), all([1, 1, 0]), any("a"), all(""))
def gen(log):
    for x in [0, 1, 2, 3]:
        log.append(x)
        yield x
log = []
print(any(gen(log)), log)
log = []
print(all(gen(log)), log)
print(any(x > 2 for x in range(5)), all(x < 5 for x in range(5)))
