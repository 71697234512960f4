# _json_classes: json.JSONEncoder and json.JSONDecoder, written for Pyrite from the CPython
# 3.11 documentation. The native json module does the encoding and decoding; these classes
# are what a subclass overrides (default, encode, iterencode, decode, raw_decode) and what
# dumps(cls=...) and loads(cls=...) make. json imports them from here on first use.
import json as _json

_WHITESPACE = " \t\n\r"


class JSONEncoder:
    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")

    def encode(self, o):
        return "".join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        # One chunk: the whole text.
        yield _json.dumps(o, skipkeys=self.skipkeys, ensure_ascii=self.ensure_ascii,
                          check_circular=self.check_circular, allow_nan=self.allow_nan,
                          sort_keys=self.sort_keys, indent=self.indent,
                          separators=(self.item_separator, self.key_separator),
                          default=self.default)


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        start = len(s) - len(s.lstrip(_WHITESPACE))
        obj, end = self.raw_decode(s, start)
        end += len(s[end:]) - len(s[end:].lstrip(_WHITESPACE))
        if end != len(s):
            raise _json.JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        # The value at idx (no whitespace before it) and where it ends.
        if s[idx:idx + 1] in ("",) + tuple(_WHITESPACE):
            raise _json.JSONDecodeError("Expecting value", s, idx)
        hooks = {name: getattr(self, name) for name in ("object_hook", "parse_float",
                 "parse_int", "parse_constant", "object_pairs_hook")
                 if getattr(self, name) is not None}
        text = s[idx:]
        try:
            obj = _json.loads(text, strict=self.strict, **hooks)
            return obj, idx + len(text.rstrip(_WHITESPACE))
        except _json.JSONDecodeError as error:
            if error.msg != "Extra data":
                raise _json.JSONDecodeError(error.msg, s, idx + error.pos) from None
            text = text[:error.pos].rstrip(_WHITESPACE)
        return _json.loads(text, strict=self.strict, **hooks), idx + len(text)
