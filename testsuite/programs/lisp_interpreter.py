# A small Lisp interpreter: reader, environments, lambdas, recursion.
def tokenize(s):
    return s.replace("(", " ( ").replace(")", " ) ").split()
def read(tokens):
    if not tokens:
        raise SyntaxError("unexpected EOF")
    tok = tokens.pop(0)
    if tok == "(":
        lst = []
        while tokens and tokens[0] != ")":
            lst.append(read(tokens))
        if not tokens:
            raise SyntaxError("missing )")
        tokens.pop(0)
        return lst
    if tok == ")":
        raise SyntaxError("unexpected )")
    try:
        return int(tok)
    except ValueError:
        return tok
class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args))
        self.outer = outer
    def find(self, name):
        if name in self:
            return self
        if self.outer is None:
            raise NameError(f"unbound symbol {name}")
        return self.outer.find(name)
def standard_env():
    env = Env()
    env.update({"+": lambda *a: sum(a), "-": lambda a, b: a - b, "*": lambda a, b: a * b,
                "<": lambda a, b: a < b, "=": lambda a, b: a == b, "list": lambda *a: list(a),
                "car": lambda l: l[0], "cdr": lambda l: l[1:], "null?": lambda l: l == []})
    return env
def evaluate(x, env):
    if isinstance(x, str):
        return env.find(x)[x]
    if isinstance(x, int):
        return x
    op, *args = x
    if op == "quote":
        return args[0]
    if op == "if":
        test, conseq, alt = args
        return evaluate(conseq if evaluate(test, env) else alt, env)
    if op == "define":
        name, expr = args
        env[name] = evaluate(expr, env)
        return None
    if op == "lambda":
        params, body = args
        return lambda *vals: evaluate(body, Env(params, vals, env))
    proc = evaluate(op, env)
    return proc(*[evaluate(a, env) for a in args])
def to_str(v):
    if isinstance(v, list):
        return "(" + " ".join(map(to_str, v)) + ")"
    if v is True:
        return "#t"
    if v is False:
        return "#f"
    return str(v)
env = standard_env()
program = [
    "(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))",
    "(fact 5)",
    "(fact 6)",
    "(define len (lambda (l) (if (null? l) 0 (+ 1 (len (cdr l))))))",
    "(len (list 1 2 3 4))",
    "(define make-adder (lambda (n) (lambda (x) (+ x n))))",
    "((make-adder 5) 37)",
    "(quote (a b (c d)))",
    "(= (fact 3) 6)",
    "(undefined 1)",
    "(+ 1 2",
    ")",
]
for line in program:
    try:
        result = evaluate(read(tokenize(line)), env)
        if result is not None:
            print(to_str(result))
    except (SyntaxError, NameError) as e:
        print(type(e).__name__ + ":", e)
