# string: character-class constants, capwords, Template and Formatter.

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdefABCDEF"
octdigits = "01234567"
punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or " ").join(word.capitalize() for word in s.split(sep))


#- Template
_ID_START = "_" + ascii_letters
_ID_REST = _ID_START + digits
_NO_MAPPING = object()
_PATTERN_PARTS = ("pattern", "idpattern", "braceidpattern", "flags")


class Template:
    delimiter = "$"

    def __init__(self, template):
        self.template = template

    def _pieces(self):
        # Yields (literal text, name or None, placeholder text, start index); False for the
        # name of an invalid placeholder.
        for c in type(self).__mro__[:-2]:
            if any(name in c.__dict__ for name in _PATTERN_PARTS):
                return self._pieces_by_pattern()
        return self._pieces_by_delimiter()

    def _pieces_by_pattern(self):
        # A subclass's own pattern, idpattern, braceidpattern or flags: read with re, by the
        # pattern the CPython documentation gives (Template.pattern).
        import re
        cls = type(self)
        pattern = getattr(cls, "pattern", None)
        if pattern is None:
            delimiter = re.escape(cls.delimiter)
            idpattern = getattr(cls, "idpattern", r"(?a:[_a-z][_a-z0-9]*)")
            braced = getattr(cls, "braceidpattern", None) or idpattern
            pattern = (rf"{delimiter}(?:(?P<escaped>{delimiter})|(?P<named>{idpattern})|"
                       rf"{{(?P<braced>{braced})}}|(?P<invalid>))")
        if isinstance(pattern, str):
            pattern = re.compile(pattern, getattr(cls, "flags", re.IGNORECASE) | re.VERBOSE)
        text = self.template
        last = 0
        for match in pattern.finditer(text):
            start = match.start()
            if match.group("escaped") is not None:
                yield text[last:start] + self.delimiter, None, "", start
            elif match.group("invalid") is not None:
                yield text[last:start], False, match.group(), match.start("invalid") - 1
            else:
                name = match.group("named") or match.group("braced")
                yield text[last:start], name, match.group(), start
            last = match.end()
        yield text[last:], None, "", len(text)

    def _pieces_by_delimiter(self):
        text = self.template
        delimiter = self.delimiter
        size = len(delimiter)
        i = 0
        literal_start = 0
        while True:
            i = text.find(delimiter, i)
            if i < 0:
                break
            j = i + size
            if text.startswith(delimiter, j):
                yield text[literal_start:i] + delimiter, None, "", i
                i = literal_start = j + size
                continue
            braced = text.startswith("{", j)
            k = j + 1 if braced else j
            end = k
            if end < len(text) and text[end] in _ID_START:
                end += 1
                while end < len(text) and text[end] in _ID_REST:
                    end += 1
            name = text[k:end]
            if not name or (braced and not text.startswith("}", end)):
                yield text[literal_start:i], False, delimiter, i
                i = literal_start = j
                continue
            if braced:
                end += 1
            yield text[literal_start:i], name, text[i:end], i
            i = literal_start = end
        yield text[literal_start:], None, "", len(text)

    def _invalid(self, index):
        before = self.template[:index].splitlines(True)
        if not before:
            line, column = 1, 1
        else:
            line = len(before)
            column = index - len("".join(before[:-1]))
        raise ValueError(f"Invalid placeholder in string: line {line}, col {column}")

    def _substitute(self, mapping, kwargs, safe):
        if mapping is _NO_MAPPING:
            mapping = kwargs
        elif kwargs:
            mapping = {**mapping, **kwargs} if hasattr(mapping, "keys") else mapping
        out = []
        for literal, name, placeholder, index in self._pieces():
            out.append(literal)
            if name is False:
                if not safe:
                    self._invalid(index + 1)
                out.append(placeholder)
            elif name:
                if safe:
                    try:
                        out.append(str(mapping[name]))
                    except KeyError:
                        out.append(placeholder)
                else:
                    out.append(str(mapping[name]))
        return "".join(out)

    def substitute(self, mapping=_NO_MAPPING, /, **kwargs):
        return self._substitute(mapping, kwargs, False)

    def safe_substitute(self, mapping=_NO_MAPPING, /, **kwargs):
        return self._substitute(mapping, kwargs, True)

    def get_identifiers(self):
        names = []
        for _, name, _, _ in self._pieces():
            if name and name not in names:
                names.append(name)
        return names

    def is_valid(self):
        return all(name is not False for _, name, _, _ in self._pieces())


#- Formatter
# Templates and field names are cut by the native `_parse` and `_field_split` (str.format's
# own rules); the methods are the documented hooks a subclass may override.
class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        # The next automatic field number, None once a field was numbered by hand; shared
        # with the fields nested in format specs.
        numbering = [0]
        text = self._expand(format_string, args, kwargs, used_args, 2, numbering)
        self.check_unused_args(used_args, args, kwargs)
        return text

    def _expand(self, format_string, args, kwargs, used_args, depth, numbering):
        if depth < 0:
            raise ValueError("Max string recursion exceeded")
        out = []
        for literal, field_name, format_spec, conversion in self.parse(format_string):
            if literal:
                out.append(literal)
            if field_name is None:
                continue
            if field_name == "":
                if numbering[0] is None:
                    raise ValueError(
                        "cannot switch from manual field specification to automatic field numbering"
                    )
                field_name = str(numbering[0])
                numbering[0] += 1
            elif field_name.isdigit():
                if numbering[0]:
                    # CPython's Formatter words both switches so.
                    raise ValueError(
                        "cannot switch from manual field specification to automatic field numbering"
                    )
                numbering[0] = None
            value, key = self.get_field(field_name, args, kwargs)
            used_args.add(key)
            value = self.convert_field(value, conversion)
            spec = self._expand(format_spec, args, kwargs, used_args, depth - 1, numbering)
            out.append(self.format_field(value, spec))
        return "".join(out)

    def parse(self, format_string):
        return iter(_parse(format_string))

    def get_field(self, field_name, args, kwargs):
        first, rest = _field_split(field_name)
        value = self.get_value(first, args, kwargs)
        for is_attribute, key in rest:
            value = getattr(value, key) if is_attribute else value[key]
        return value, first

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError("Unknown conversion specifier " + str(conversion))
