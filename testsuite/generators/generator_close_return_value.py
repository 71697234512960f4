# Consuming a generator fully (unpacking, sum, max, sorted) runs its finally each time.
def numbers():
    try:
        for i in range(5):
            yield i
    finally:
        print("finally")
a, b, *rest = numbers()
print(a, b, rest)
print(sum(numbers()), max(numbers()), sorted(numbers(), reverse=True))
