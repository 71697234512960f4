# Code objects with more than 256 names (130 globals and 130 attributes): global and attribute
# lookups whose name index needs an EXTENDED_ARG prefix, a name used both ways, stores, and the
# errors of a missing name.
N = 130
LAST = N - 1
for i in range(N):
    globals()["g%d" % i] = i


class Box:
    pass


box = Box()
for i in range(N):
    setattr(box, "a%d" % i, i * 2)

lines = ["def f(box):", "    global g%d" % LAST, "    total = 0"]
for j in range(0, N, 13):
    lines.append("    total += " + " + ".join("g%d + box.a%d" % (i, i) for i in range(j, j + 13)))
lines.append("    g%d = total" % LAST)
lines.append("    box.a%d = -1" % LAST)
lines.append("    box.g5 = g5")
lines.append("    return total, box.a%d, box.g5, box.__class__.__name__.upper()" % LAST)
exec("\n".join(lines))
print(f(box))
print(globals()["g%d" % LAST], getattr(box, "a%d" % (LAST - 1)), getattr(box, "a%d" % LAST))
print(f(box)[0] - f(box)[0])
terms = " + ".join("(%s)" % " + ".join("g%d + b.a%d" % (i, i) for i in range(j, j + 13)) for j in range(0, N, 13))
try:
    exec("def h(b):\n    return " + terms + " + missing\nh(box)")
except NameError as e:
    print(type(e).__name__, e)
try:
    exec("def k(b):\n    return " + terms + " + b.nope\nk(box)")
except AttributeError as e:
    print(type(e).__name__, e)
