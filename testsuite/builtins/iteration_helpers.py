# enumerate(start=), zip(strict=), reversed() of user sequences, sorted/min/max with key/default.
print(list(enumerate("ab", 1)), list(enumerate("ab", start=-1)), list(enumerate([])))
print(list(zip("ab", [1, 2])), list(zip()), list(zip("abc", [1], strict=False)))
for pair in [("ab", [1]), ("a", [1, 2])]:
    try:
        print(list(zip(*pair, strict=True)))
    except ValueError as e:
        print(type(e).__name__, e)
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
class Rev:
    def __reversed__(self):
        return iter("zyx")
print(list(reversed(Seq())), list(reversed(Rev())), list(reversed(range(3))), list(reversed("abc")))
print(list(Seq()), 20 in Seq(), sorted(Seq(), reverse=True))
for bad in [{1}, 5, {"k": 1}.values()]:
    try:
        reversed(bad)
    except TypeError as e:
        print(type(e).__name__, e)
words = ["pear", "Fig", "apple", "kiwi"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print(min(words), max(words, key=len), min([], default="none"), max(3, 1, 2), min((1, "b"), (1, "a")))
print(min([4, 2, 8], key=lambda x: -x), max("hello"), min(range(5, 0, -1)), max([1, 2], default=0))
print(sum(range(5)), sum([0.1, 0.2, 0.3]), sum([[1], [2]], []), sum((1.5, 2.5), 1))
print(any([]), all([]), any([0, "", None]), all([1, "x"]), any(x > 2 for x in range(4)))
print(list(map(pow, [2, 3], [3, 2])), list(filter(None, [0, 1, "", "a"])), list(map(str.upper, "ab")))
it = iter(range(3))
print(next(it), list(it), next(it, "done"))
print(abs(-5), abs(-2.5), abs(3 + 4j), hex(255), oct(-8), bin(5), chr(9731), ord("☃"), ascii("é☃"))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__, e)
