# A recursive-descent parser and evaluator for arithmetic with variables.
import re
TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|(\w+)|(\*\*|[-+*/()%=]))")
def lex(text):
    pos, out = 0, []
    text = text.rstrip()
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m or m.end() == pos:
            raise SyntaxError(f"bad input at {pos}: {text[pos:]!r}")
        num, name, op = m.groups()
        out.append(("num", float(num) if "." in num else int(num)) if num else ("name", name) if name else ("op", op))
        pos = m.end()
    return out
class Parser:
    def __init__(self, tokens, env):
        self.toks, self.i, self.env = tokens, 0, env
    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else ("end", None)
    def take(self):
        tok = self.peek()
        self.i += 1
        return tok
    def expect(self, value):
        tok = self.take()
        if tok[1] != value:
            raise SyntaxError(f"expected {value!r}, got {tok[1]!r}")
    def statement(self):
        if len(self.toks) >= 2 and self.toks[0][0] == "name" and self.toks[1] == ("op", "="):
            name = self.take()[1]
            self.take()
            value = self.expr()
            self.env[name] = value
            return value
        value = self.expr()
        if self.peek()[0] != "end":
            raise SyntaxError(f"trailing input {self.peek()[1]!r}")
        return value
    def expr(self):
        value = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value
    def term(self):
        value = self.unary()
        while self.peek() in (("op", "*"), ("op", "/"), ("op", "%")):
            op = self.take()[1]
            rhs = self.unary()
            if op == "*":
                value *= rhs
            elif op == "/":
                value /= rhs
            else:
                value %= rhs
        return value
    def power(self):
        base = self.atom()
        if self.peek() == ("op", "**"):
            self.take()
            return base ** self.unary()
        return base
    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return -self.unary()
        return self.power()
    def atom(self):
        kind, value = self.take()
        if kind == "num":
            return value
        if kind == "name":
            if value not in self.env:
                raise NameError(f"undefined variable {value!r}")
            return self.env[value]
        if value == "(":
            inner = self.expr()
            self.expect(")")
            return inner
        raise SyntaxError(f"unexpected {value!r}")
env = {}
for line in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "x = 10", "y = x * 2.5", "y / 4 - x % 3",
             "7 / 0", "z + 1", "(1 + 2", "3 $ 4", "100 % 7 * (2 + -1)"]:
    try:
        print(f"{line:>20} => {Parser(lex(line), env).statement()!r}")
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print(f"{line:>20} => {type(e).__name__}: {e}")
print(env)
