# while loops with else, break and continue.
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print("n", n)
else:
    print("else ran", n)
while True:
    n -= 1
    if n < 2:
        break
else:
    print("not printed")
print("after", n)
i = 0
while i < 3:
    j = 0
    while j < 3:
        if j == i:
            break
        j += 1
    print(i, j)
    i += 1
count = 0
while count < 0:
    count += 1
else:
    print("else on zero iterations")
