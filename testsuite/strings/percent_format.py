# printf-style % formatting.
print("%s %s" % ("a", 1), "%r" % "q", "%d%%" % 50, "%5s|%-5s|" % ("r", "l"))
print("%i %d %u" % (1, -2, 3), "%x %X %#x %o %#o" % (255, 255, 255, 8, 8))
print("%.2s" % "abcdef", "%c%c" % (72, "i"), "%(name)s=%(v)d" % {"name": "k", "v": 4})
print("%*d|%-*d|" % (5, 42, 5, 42), "%.*f" % (2, 3.14159))
print("%s" % (1, ), "%s" % [1, 2], "%s" % ((1, 2),))
print("%e %E %g %G" % (12345.678, 12345.678, 0.00001234, 1e30))
for fmt, args in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(a)s", 1)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print("%5.1f|%-8.3e|%+05d" % (2.25, 1234.5, 42))
