# str.format: positional, keyword, indexing, attribute access, specs.
print("{} {} {}".format(1, "a", [2]))
print("{1} {0} {1}".format("x", "y"))
print("{name} is {age}".format(name="ann", age=30))
print("{0[1]} {0[key]}".format({1: "one", "key": "val"}), "{0[0]}".format([9]))
class P:
    x = 5
print("{0.x} {p.x}".format(P(), p=P()))
print("{:>8}|{:<8}|{:^8}|{:*^8}".format("r", "l", "c", "s"))
print("{:08.3f} {:+d} {:x} {:,} {:.2%}".format(3.14159, 5, 255, 10 ** 6, 0.256))
print("{!r} {!s} {!a}".format("q", "q", "é"))
print("{{}} {{{}}}".format(7))
print("{:{w}.{p}f}".format(2.71828, w=10, p=2))
print(format("x", "^5"), format(3, ""), "{0:}".format(5))
for bad in ["{", "}", "{0} {}", "{x}", "{0}{1}"]:
    try:
        print(bad.format(1))
    except (ValueError, KeyError, IndexError) as e:
        print(type(e).__name__, e)
print("{:d}".format(True), "{:s}".format("s"))
try:
    "{:d}".format("s")
except ValueError as e:
    print(type(e).__name__, e)
