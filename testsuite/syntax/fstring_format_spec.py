# f-string format specs, including nested fields.
value = 3.14159
width = 10
print(f"[{value:10.3f}]")
print(f"[{value:<{width}.2f}]")
print(f"[{value:^{width}}]")
print(f"[{'text':*^12}]")
print(f"[{12345:,}] [{1234567:_}] [{255:#x}] [{255:#o}] [{5:#b}]")
print(f"[{-5:+d}] [{5:+d}] [{5: d}] [{-5:05d}] [{5:=+6}]")
print(f"[{0.5:%}] [{0.125:.1%}]")
print(f"[{1e6:e}] [{1234.5:E}] [{0.00001234:g}] [{123456789.0:G}]")
print(f"[{'abc':.2}] [{'abc':>5.1}]")
print(f"[{42:c}] [{65:c}]")
prec = 3
print(f"{value:.{prec}}")
print(f"{'x'!r:>6}")
