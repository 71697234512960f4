# Generator pipelines.
def read_lines(text):
    for line in text.split("\n"):
        yield line
def strip_comments(lines):
    for line in lines:
        code = line.split("#")[0].strip()
        if code:
            yield code
def numbered(lines):
    for i, line in enumerate(lines, 1):
        yield f"{i}: {line}"
src = """x = 1  # set
# only comment

y = x + 1
print(y)  # show"""
for out in numbered(strip_comments(read_lines(src))):
    print(out)
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
def naturals():
    n = 0
    while True:
        yield n
        n += 1
squares = (n * n for n in naturals())
evens = (s for s in squares if s % 2 == 0)
print(list(take(6, evens)))
