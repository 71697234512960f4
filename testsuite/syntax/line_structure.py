# Line continuation, implicit joining, semicolons, indentation styles.
total = 1 + \
    2 + \
    3
print(total)
items = [
    1,
    2,   # comment inside
    3,
]
print(items)
call = max(
    4,
    9,
)
print(call)
a = 1; b = 2; print(a + b)
if a:
        print("deep indent works")
if b:
 print("one-space indent works")
s = ("implicit "
     "concatenation")
print(s)
def f(x,
      y):
    return x * y
print(f(3,
        4))
