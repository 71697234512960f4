# eval and exec with and without namespaces.
print(eval("1 + 2 * 3"), eval("[x * 2 for x in range(3)]"), eval("  5  "))
ns = {"a": 10}
print(eval("a + 1", ns), eval("a * b", {"a": 2}, {"b": 21}))
exec("y = 7\ndef sq(n):\n    return n * n", ns)
print(ns["y"], ns["sq"](9))
code = compile("40 + 2", "<expr>", "eval")
print(eval(code))
exec(compile("for i in range(3): print('exec', i)", "<s>", "exec"))
for bad in ["1 +", "x = ", "def"]:
    try:
        eval(bad)
    except SyntaxError as e:
        print(type(e).__name__)
try:
    eval("undefined_thing")
except NameError as e:
    print(type(e).__name__, e)
