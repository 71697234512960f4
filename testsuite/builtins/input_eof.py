# input() with no stdin data raises EOFError.
try:
    line = input()
    print("got", repr(line))
except EOFError as e:
    print(type(e).__name__, e)
