# Expressions mixing literals of all kinds, parenthesized across lines.
total = (
    1_000
    + 0x10
    - 0o10
    * 0b10
)
print(total)
values = [
    1.5e3,   # float
    .25,     # leading dot
    10.,     # trailing dot
]
print(values, sum(values))
print((1 +
       2) * (3
             - 1))
