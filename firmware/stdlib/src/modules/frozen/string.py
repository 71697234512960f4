# string: character-class constants, capwords and Template.

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


class Template:
    delimiter = "$"

    def __init__(self, template):
        self.template = template

    def _pieces(self):
        # Yields (literal text, name or None, placeholder text, start index).
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
        for _, name, _, index in self._pieces():
            if name is False:
                self._invalid(index + 1)
            if name and name not in names:
                names.append(name)
        return names

    def is_valid(self):
        return all(name is not False for _, name, _, _ in self._pieces())
