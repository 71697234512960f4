# Converting numbers to text in the ways firmware logs do.
readings = [(1, 23.456), (2, -0.5), (10, 1000.0), (11, 3.0e-5)]
for ch, v in readings:
    print(f"ch{ch:02d} {v:8.3f} {v:>10.2e} {v:g} {int(v):+5d} {abs(v):06.1f}")
print(", ".join(f"{b:08b}" for b in (1, 128, 255)), "-".join(f"{b:02x}" for b in b"\x00\x10\xff"))
print(str(12).rjust(5, "0"), "{:>5}".format("ab"), "%-6s|" % "ab", "{:^7.3f}".format(3.14159))
