# Interleaving of generator code with the consumer.
def producer():
    for i in range(3):
        print("produce", i)
        yield i
for item in producer():
    print("consume", item)
z = zip(producer(), "ab")
print("zip created")
print(list(z))
