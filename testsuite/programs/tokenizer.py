# A tokenizer for a small expression language.
KEYWORDS = {"let", "if", "then", "else", "fn"}
def tokenize(src):
    tokens = []
    i = 0
    line = 1
    while i < len(src):
        ch = src[i]
        if ch == "\n":
            line += 1
            i += 1
        elif ch.isspace():
            i += 1
        elif ch == "#":
            while i < len(src) and src[i] != "\n":
                i += 1
        elif ch.isdigit():
            start = i
            while i < len(src) and (src[i].isdigit() or src[i] == "."):
                i += 1
            text = src[start:i]
            tokens.append(("FLOAT" if "." in text else "INT", text, line))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < len(src) and (src[i].isalnum() or src[i] == "_"):
                i += 1
            word = src[start:i]
            tokens.append(("KW" if word in KEYWORDS else "NAME", word, line))
        elif ch == '"':
            j = src.find('"', i + 1)
            if j < 0:
                raise SyntaxError(f"unterminated string on line {line}")
            tokens.append(("STR", src[i + 1:j], line))
            i = j + 1
        elif src[i:i + 2] in ("==", "!=", "<=", ">=", "->"):
            tokens.append(("OP", src[i:i + 2], line))
            i += 2
        elif ch in "+-*/()=<>,;":
            tokens.append(("OP", ch, line))
            i += 1
        else:
            raise SyntaxError(f"unexpected {ch!r} on line {line}")
    return tokens
program = '''let x = 42  # the answer
let pi = 3.14
fn add(a, b) -> a + b
if x >= 10 then "big" else "small";
'''
for tok in tokenize(program):
    print(tok)
for bad in ['let s = "open', "let $ = 1"]:
    try:
        tokenize(bad)
    except SyntaxError as e:
        print("error:", e)
