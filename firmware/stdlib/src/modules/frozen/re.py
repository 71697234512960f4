# re: regular expressions. Pattern and Match objects, templates and the module functions;
# parsing and matching are done by the native _re module.
import _re

NOFLAG = 0
I = IGNORECASE = 2
L = LOCALE = 4
M = MULTILINE = 8
S = DOTALL = 16
U = UNICODE = 32
X = VERBOSE = 64
DEBUG = 128
A = ASCII = 256
_FLAG_NAMES = (("IGNORECASE", 2), ("LOCALE", 4), ("MULTILINE", 8), ("DOTALL", 16),
               ("UNICODE", 32), ("VERBOSE", 64), ("DEBUG", 128), ("ASCII", 256))
_END = (1 << 62) - 1
Match = _re.Match
_sections = __getattr__  # compiles a section of this module (installed before the head runs)


def _need(name):
    # A name defined by a section of this module, compiled on first use.
    value = globals().get(name)
    return value if value is not None else _sections(name)


_cache = {}


def _compile(pattern, flags):
    if isinstance(pattern, _need("Pattern")):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    compiled = _cache.get(key)
    if compiled is None:
        if len(_cache) >= 16:
            del _cache[next(iter(_cache))]
        compiled = _need("Pattern")(pattern, flags)
        _cache[key] = compiled
    return compiled


#- error
class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = self.colno = None
        if pattern is not None and pos is not None:
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            msg = "%s at position %d" % (msg, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        Exception.__init__(self, msg)

#- Pattern
class Pattern:
    def __init__(self, pattern, flags):
        self.flags, self.groups, self.groupindex = _re.info(pattern, flags)
        self.pattern = pattern

    def match(self, string, pos=0, endpos=_END):
        spans = _re.match(self.pattern, self.flags, string, pos, endpos, 0)
        return None if spans is None else Match(self, string, pos, endpos, spans)

    def search(self, string, pos=0, endpos=_END):
        spans = _re.match(self.pattern, self.flags, string, pos, endpos, 1)
        return None if spans is None else Match(self, string, pos, endpos, spans)

    def fullmatch(self, string, pos=0, endpos=_END):
        spans = _re.match(self.pattern, self.flags, string, pos, endpos, 2)
        return None if spans is None else Match(self, string, pos, endpos, spans)

    def finditer(self, string, pos=0, endpos=_END):
        flat = _re.scan(self.pattern, self.flags, string, pos, endpos, 0)
        width = 2 * self.groups + 3
        return iter([Match(self, string, pos, endpos, _spans(flat, k, width))
                     for k in range(0, len(flat), width)])

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))


# The longer methods live in their own section (smaller units to compile on a board).
for _name, _function in _need("_PATTERN_OPS").items():
    setattr(Pattern, _name, _function)


def _spans(flat, k, width):
    # One match's spans from a flat scan list (lastindex -1 means none).
    spans = flat[k:k + width]
    if spans[-1] < 0:
        spans[-1] = None
    return tuple(spans)


#- _PATTERN_OPS
def _pattern_findall(self, string, pos=0, endpos=_END):
    empty = string[:0]
    groups = self.groups
    flat = _re.scan(self.pattern, self.flags, string, pos, endpos, 0)
    width = 2 * groups + 3
    found = []
    for k in range(0, len(flat), width):
        if groups == 0:
            found.append(string[flat[k]:flat[k + 1]])
        elif groups == 1:
            found.append(empty if flat[k + 2] < 0 else string[flat[k + 2]:flat[k + 3]])
        else:
            found.append(tuple([empty if flat[k + 2 * g] < 0 else
                                string[flat[k + 2 * g]:flat[k + 2 * g + 1]]
                                for g in range(1, groups + 1)]))
    return found

def _pattern_split(self, string, maxsplit=0):
    if maxsplit < 0:
        return [string]
    pieces = []
    last = 0
    groups = self.groups
    flat = _re.scan(self.pattern, self.flags, string, 0, _END, maxsplit)
    for k in range(0, len(flat), 2 * groups + 3):
        pieces.append(string[last:flat[k]])
        for g in range(1, groups + 1):
            start = flat[k + 2 * g]
            pieces.append(None if start < 0 else string[start:flat[k + 2 * g + 1]])
        last = flat[k + 1]
    pieces.append(string[last:])
    return pieces

def _pattern_subx(self, repl, string, count):
    if callable(repl):
        template = None
    else:
        template = _need("_template")(self, repl)
        if len(template) == 1 and not isinstance(template[0], int):
            literal = template[0]
            template = None
            repl = None
    if count < 0:
        # (CPython 3.11 replaces nothing for a negative count.)
        return string[:0] + string, 0
    pieces = []
    last = 0
    flat = _re.scan(self.pattern, self.flags, string, 0, _END, count)
    width = 2 * self.groups + 3
    for k in range(0, len(flat), width):
        pieces.append(string[last:flat[k]])
        if template is not None:
            pieces.append(_need("_expand")(string, flat, k, template))
        elif repl is None:
            pieces.append(literal)
        else:
            piece = repl(Match(self, string, 0, _END, _spans(flat, k, width)))
            # A function's None stands for no text.
            pieces.append(string[:0] if piece is None else piece)
        last = flat[k + 1]
    pieces.append(string[last:])
    return string[:0].join(pieces), len(flat) // width

def _pattern_repr(self):
    flags = self.flags
    if isinstance(self.pattern, str):
        flags &= ~UNICODE
    text = repr(self.pattern)[:200]
    if not flags:
        return "re.compile(%s)" % text
    names = ["re." + name for name, bit in _FLAG_NAMES if flags & bit]
    rest = flags & ~0x1fe
    if rest:
        names.append(hex(rest))
    return "re.compile(%s, %s)" % (text, "|".join(names))


_PATTERN_OPS = {"findall": _pattern_findall, "split": _pattern_split, "_subx": _pattern_subx, "__repr__": _pattern_repr}


#- _template _expand
_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v",
            "\\": "\\"}


def _template(pattern, template):
    # A replacement template as a list of literal pieces and group numbers.
    is_bytes = not isinstance(template, str)
    text = template.decode("latin-1") if is_bytes else template
    groups = pattern.groups
    items = []
    literal = []
    i = 0
    n = len(text)

    def fail(message, pos):
        raise _need("error")(message, template, pos)

    while i < n:
        c = text[i]
        if c != "\\":
            literal.append(c)
            i += 1
            continue
        if i + 1 >= n:
            fail("bad escape (end of pattern)", i)
        c = text[i + 1]
        if c == "g":
            if i + 2 >= n or text[i + 2] != "<":
                fail("missing <", i + 2)
            close = text.find(">", i + 3)
            if close < 0:
                fail("missing >, unterminated name", i + 3)
            name = text[i + 3:close]
            if not name:
                fail("missing group name", i + 3)
            if name.isdigit():
                index = int(name)
                if index > groups:
                    fail("invalid group reference %d" % index, i + 3)
            elif name.isidentifier():
                index = pattern.groupindex.get(name)
                if index is None:
                    raise IndexError("unknown group name '%s'" % name)
            else:
                fail("bad character in group name '%s'" % name, i + 3)
            group = index
            i = close + 1
        elif c == "0":
            j = i + 2
            value = 0
            while j < n and j < i + 4 and text[j] in "01234567":
                value = value * 8 + ord(text[j]) - 48
                j += 1
            literal.append(chr(value))
            i = j
            continue
        elif c.isdigit():
            j = i + 2
            if j < n and text[j].isdigit():
                if (c in "01234567" and text[j] in "01234567" and j + 1 < n
                        and text[j + 1] in "01234567"):
                    value = int(text[i + 1:j + 2], 8)
                    if value > 0o377:
                        fail("octal escape value \\%s outside of range 0-0o377"
                             % text[i + 1:j + 2], i)
                    literal.append(chr(value))
                    i = j + 2
                    continue
                j += 1
            group = int(text[i + 1:j])
            if group > groups:
                fail("invalid group reference %d" % group, i + 1)
            i = j
        elif c in _ESCAPES:
            literal.append(_ESCAPES[c])
            i += 2
            continue
        elif c.isascii() and c.isalpha():
            fail("bad escape \\%s" % c, i)
        else:
            literal.append("\\" + c)
            i += 2
            continue
        if literal:
            items.append("".join(literal))
            literal = []
        items.append(group)
    if literal or not items:
        items.append("".join(literal))
    if is_bytes:
        items = [item.encode("latin-1") if isinstance(item, str) else item for item in items]
    return items


def _expand(string, spans, base, template):
    empty = string[:0]
    out = []
    for item in template:
        if isinstance(item, int):
            start = spans[base + 2 * item]
            if start >= 0:
                out.append(string[start:spans[base + 2 * item + 1]])
        else:
            out.append(item)
    return empty.join(out)


#- compile
def compile(pattern, flags=0):
    return _compile(pattern, flags)


#- purge
def purge():
    _cache.clear()


#- match
def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


#- search
def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


#- fullmatch
def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


#- findall
def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


#- finditer
def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


#- sub
def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


#- subn
def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


#- split
def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


#- escape
_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    if isinstance(pattern, str):
        return "".join(["\\" + c if c in _SPECIAL else c for c in pattern])
    return bytes(escape(pattern.decode("latin-1")), "latin-1")
