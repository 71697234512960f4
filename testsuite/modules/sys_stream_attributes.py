# The console streams' attributes and methods beyond write: encoding, name, mode, fileno,
# isatty, writelines, and `buffer` for bytes (`sys.stdout.buffer.write(b'...')`).
import sys
print(sys.stdout.encoding, sys.stderr.encoding, sys.stdin.encoding, sys.stderr.errors)
print(sys.stdout.name, sys.stderr.name, sys.stdin.name, sys.stdout.mode, sys.stdin.mode, sys.stdout.closed)
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
print(type(sys.stdout.isatty()).__name__, type(sys.stdin.isatty()).__name__)
sys.stdout.writelines(["a\n", "b", "c\n"])
sys.stdout.writelines(line + "\n" for line in ["gen", "lines"])
sys.stdout.flush()
n = sys.stdout.buffer.write(b"raw \xc3\xa9 bytes\n")
sys.stdout.buffer.write(bytearray(b"from a bytearray\n"))
sys.stdout.buffer.write(memoryview(b"from a view\n"))
sys.stdout.buffer.flush()
print(n, sys.stdout.buffer is sys.stdout.buffer)
try:
    sys.stdout.buffer.write("text")
except TypeError as e:
    print("TypeError", e)
try:
    sys.stdout.nothing
except AttributeError:
    print("AttributeError")
