# print(): sep, end, multiple args, file=sys.stdout, flush.
import sys
print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=", ", end=".\n")
print("no newline", end="")
print(" continued")
print(1, 2.5, None, True, [1], (2,), {"k": 3}, sep="|")
print("to stdout", file=sys.stdout, flush=True)
print(*range(5))
print(*[], sep="x")
print("x", sep=None, end=None)
try:
    print("a", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
sys.stdout.write("written directly\n")
print(sys.stdout.write("abc"))
