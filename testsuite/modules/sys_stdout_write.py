# sys.stdout.write returns the number of characters written; print goes through stdout.
import sys
n = sys.stdout.write("hello\n")
print(n)
sys.stdout.write("a")
sys.stdout.write("b\n")
print("é☃", file=sys.stdout)
sys.stderr.write("this goes to stderr and is not compared\n")
print(sys.stdout.write(""))
