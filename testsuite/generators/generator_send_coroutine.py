# A coroutine-style consumer driven by send().
def averager():
    total = count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count
avg = averager()
next(avg)
for v in [10, 20, 60, 5]:
    print(avg.send(v))
def grep(pattern):
    matches = []
    try:
        while True:
            line = yield
            if pattern in line:
                matches.append(line)
    except GeneratorExit:
        print("matches:", matches)
        raise
g = grep("py")
next(g)
for line in ["python", "rust", "pypy", "c"]:
    g.send(line)
g.close()
