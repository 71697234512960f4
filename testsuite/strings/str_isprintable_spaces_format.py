# str.isprintable and repr: spaces other than ' ' (Zs), format characters (Cf), separators,
# private use and surrogate ranges are not printable, so repr escapes them.
samples = [
    "\u3000", "\u2009", "\u2000", "\u200a", "\u200b", "\u202f", "\u205f", "\u1680",
    "\u0600", "\u061c", "\u06dd", "\u180e", "\u202a", "\u2066", "\u2069", "\ufeff",
    "\U000e0001", "\U000e0041", "\U0001d173", "\U00013430", "\u2028", "\u00a0", "\u00ad",
    "\ue000", "\U000f0000", "\u00e9", "\u4e2d", "\u0915\u093f", "\U0001f600", " ",
]
for s in samples:
    print(hex(ord(s[0])), s.isprintable(), repr(s), ascii(s))
print(repr("CJK\u3000space and thin\u2009space"))
print("".join(c for c in "a\u2009b\u3000c" if c.isprintable()))
