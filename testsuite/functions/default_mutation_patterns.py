# Default values are shared objects; keyword defaults evaluated once too.
def append_to(x, *, bucket=[]):
    bucket.append(x)
    return bucket
print(append_to(1), append_to(2), append_to(3, bucket=[]))
def counter(start=[0]):
    start[0] += 1
    return start[0]
print(counter(), counter(), counter())
print(append_to.__kwdefaults__)
