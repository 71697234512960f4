# A SyntaxError's attributes: text with its line end, end_lineno/end_offset present, the offset
# of an unexpected indent is the indentation's width; args hold the details tuple.
for src in ["x = (1,\n", "a b", "def f():\nreturn 1", "x = 1 +", "  x = 1", "f(**)", "print('hi'"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(repr(e.msg), e.lineno, e.offset, repr(e.text), len(e.args), e.args[1][:3])
import traceback
try:
    compile("x = = 1\n", "<s>", "exec")
except SyntaxError as e:
    print(traceback.format_exception_only(type(e), e))
    print(repr(str(e)), e.end_lineno is not None)
try:
    exec("  y = 2")
except IndentationError as e:
    print(e.lineno, e.offset, repr(e.text))
e = SyntaxError("m", ("f.py", 3, 4, "abc"))
print(e.end_lineno, e.end_offset, e.text, str(e))
