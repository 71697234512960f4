# Concatenation, repetition, comparison.
print("ab" + "cd", "ab" * 3, 3 * "x", "ab" * 0, "ab" * -1, "" * 100)
print("apple" < "banana", "apple" < "Apple", "a" < "aa", "Z" < "a", "é" > "z", "abc" == "abc")
print(sorted(["pear", "Apple", "banana", "apple", "éclair"]))
print(max("hello"), min("hello"), "b" in "abc")
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * 1.5
except TypeError as e:
    print(type(e).__name__, e)
s = ""
for i in range(5):
    s += str(i)
print(s)
