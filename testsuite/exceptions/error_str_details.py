# str() of SyntaxError (the file's base name when a str, the line when an int, either alone)
# and of UnicodeTranslateError and UnicodeEncodeError.
for details in (('f', None, None, None), (None, 3, None, None), ('f', 3, 1, 'x'), ('f', 0, 1, 'x'), ('', 2, 1, 'x'),
                ('/a/b/f.py', 3, 1, 'x'), (5, 3, 1, 'x'), ('f', '3', 1, 'x'), ('dir/', 4, 1, 'x'), ('f', True, 1, 'x')):
    print(repr(str(SyntaxError('m', details))))
print(repr(str(SyntaxError('only'))), repr(str(SyntaxError())))
try:
    compile("x = = 1", "/some/where/prog.py", "exec")
except SyntaxError as e:
    print(str(e))
for args in (("ab", 0, 1, "x"), ("ab\u20ac", 2, 3, "y"), ("abc", 0, 2, "z"), ("a\U0001f600", 1, 2, "w"), ("ab", 5, 6, "far")):
    print(str(UnicodeTranslateError(*args)))
print(str(UnicodeEncodeError("ascii", "é", 0, 1, "r")), "|", str(UnicodeEncodeError("ascii", "éé", 0, 2, "r")))
