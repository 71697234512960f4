# Processing multi-line text.
text = """First line
  indented second line
third line with    spaces

fifth after blank"""
lines = text.splitlines()
print(len(lines))
for i, line in enumerate(lines, 1):
    print(f"{i:2}: {line.strip()!r} words={len(line.split())} indent={len(line) - len(line.lstrip())}")
print(max(lines, key=len))
print(" ".join(text.split()))
print(text.count("line"), text.upper().count("LINE"))
