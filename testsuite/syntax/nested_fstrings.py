# f-strings nested inside f-strings and inside format specs.
items = {"apple": 3, "kiwi": 12}
width = 8
print(f"{', '.join(f'{k}={v}' for k, v in items.items())}")
print(f"{f'{width}':>4}|{f'{3.14159:.{2}f}'}")
print(f"{'|'.join(f'{k:>{width}}' for k in items)}")
rows = [(1, "a"), (22, "bb")]
print("\n".join(f"{n:03d}:{s:_<4}" for n, s in rows))
print(f"{'nested ' + f'{1 + 1}'}")
