# sys.stdin at end of input: read and readline return empty strings.
import sys
print(repr(sys.stdin.readline()), repr(sys.stdin.read()), repr(sys.stdin.readline()))
