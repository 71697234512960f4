# sorted/sort are stable and accept key and reverse.
records = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: (-r[1], r[0])))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
nums = [5, -3, 2, -8, 0]
nums.sort(key=abs)
print(nums)
print(sorted([3.5, 1, 2.25, True]), sorted("zyx"), sorted((3, 1, 2)), sorted({3: "a", 1: "b"}))
try:
    sorted([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
data = list(range(10))
data.sort(key=lambda x: x % 3)
print(data)
