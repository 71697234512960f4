# A JSON-like pretty printer and a parser for its output (round trip).
def dump(value, indent=0):
    pad = "  " * indent
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [f'{pad}  "{k}": {dump(v, indent + 1)}' for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, list):
        if not value:
            return "[]"
        if all(not isinstance(v, (dict, list)) for v in value):
            return "[" + ", ".join(dump(v) for v in value) + "]"
        return "[\n" + ",\n".join(pad + "  " + dump(v, indent + 1) for v in value) + "\n" + pad + "]"
    if isinstance(value, str):
        escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        return f'"{escaped}"'
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value)
class Reader:
    def __init__(self, s):
        self.s, self.i = s, 0
    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in " \n\t":
            self.i += 1
    def value(self):
        self.ws()
        c = self.s[self.i]
        if c == "{":
            self.i += 1
            out = {}
            self.ws()
            if self.s[self.i] == "}":
                self.i += 1
                return out
            while True:
                self.ws()
                key = self.value()
                self.ws()
                assert self.s[self.i] == ":", self.i
                self.i += 1
                out[key] = self.value()
                self.ws()
                if self.s[self.i] == ",":
                    self.i += 1
                    continue
                self.i += 1
                return out
        if c == "[":
            self.i += 1
            out = []
            self.ws()
            if self.s[self.i] == "]":
                self.i += 1
                return out
            while True:
                out.append(self.value())
                self.ws()
                if self.s[self.i] == ",":
                    self.i += 1
                    continue
                self.i += 1
                return out
        if c == '"':
            j = self.i + 1
            chars = []
            while self.s[j] != '"':
                if self.s[j] == "\\":
                    j += 1
                    chars.append({"n": "\n"}.get(self.s[j], self.s[j]))
                else:
                    chars.append(self.s[j])
                j += 1
            self.i = j + 1
            return "".join(chars)
        for word, val in (("null", None), ("true", True), ("false", False)):
            if self.s.startswith(word, self.i):
                self.i += len(word)
                return val
        j = self.i
        while j < len(self.s) and self.s[j] in "-+.0123456789e":
            j += 1
        text = self.s[self.i:j]
        self.i = j
        return float(text) if any(ch in text for ch in ".e") else int(text)
doc = {"name": "pyrite", "version": [0, 1, 0], "tags": ["mcu", "python"], "stable": False, "license": None,
       "boards": [{"id": "qemu-mps2", "heap": 143360, "fpu": False}, {"id": "stm32f405", "heap": 98304, "clock": 1.68e8}],
       "notes": 'say "hi"\nbye', "empty": {}, "nothing": []}
text = dump(doc)
print(text)
back = Reader(text).value()
print(back == doc)
