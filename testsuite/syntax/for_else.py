# for loops: else, break, continue, nested, loop variable after loop.
for i in range(3):
    pass
print("i after loop", i)
def find(seq, target):
    for index, item in enumerate(seq):
        if item == target:
            print("found", target, "at", index)
            break
    else:
        print(target, "not found")
find([3, 1, 4], 4)
find([3, 1, 4], 5)
for x in []:
    print("never")
else:
    print("else on empty")
for a in range(3):
    for b in range(3):
        if b > a:
            continue
        print(a, b, end="; ")
print()
for k, v in {"x": 1, "y": 2}.items():
    print(k, v)
for ch in "hi":
    print(ch)
