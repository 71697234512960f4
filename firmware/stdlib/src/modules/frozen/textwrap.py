# textwrap: wrapping and filling text, dedent and indent. Differences from CPython: words
# split at hyphens only inside runs of letters ('well-known', 'a-b-c'), not at em-dashes
# ('--'). Whitespace is ASCII's six characters.

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']


#- TextWrapper wrap fill shorten
_SPACE = '\t\n\x0b\x0c\r '


def _letter(c):
    # A word character that is not a digit.
    return c.isalpha() or c == '_'


class TextWrapper:
    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for c in '\t\n\x0b\x0c\r':
                text = text.replace(c, ' ')
        return text

    def _hyphen_pieces(self, word):
        # Cuts after each '-' that has two letters (or letter, '-', letter) before it and a
        # letter, maybe a '-', and a letter after it.
        pieces = []
        start = 0
        n = len(word)
        for i in range(2, n - 2):
            if word[i] != '-':
                continue
            before = (_letter(word[i - 1]) and
                      (_letter(word[i - 2]) or
                       (word[i - 2] == '-' and i >= 3 and _letter(word[i - 3]))))
            after = _letter(word[i + 1]) and (
                _letter(word[i + 2]) or (word[i + 2] == '-' and i + 3 < n and
                                         _letter(word[i + 3])))
            if before and after:
                pieces.append(word[start:i + 1])
                start = i + 1
        pieces.append(word[start:])
        return pieces

    def _split(self, text):
        # Alternating runs of whitespace and of other characters; words cut at hyphens.
        chunks = []
        i = 0
        n = len(text)
        while i < n:
            space = text[i] in _SPACE
            j = i + 1
            while j < n and (text[j] in _SPACE) == space:
                j += 1
            if space or not self.break_on_hyphens:
                chunks.append(text[i:j])
            else:
                chunks.extend(self._hyphen_pieces(text[i:j]))
            i = j
        return chunks

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def _handle_long_word(self, chunks, line, line_len, width):
        # `chunks` is reversed: the next chunk is last.
        room = width - line_len if width >= 1 else 1
        if self.break_long_words:
            chunk = chunks[-1]
            end = room
            if self.break_on_hyphens and len(chunk) > room:
                hyphen = chunk.rfind('-', 0, room)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    end = hyphen + 1
            line.append(chunk[:end])
            chunks[-1] = chunk[end:]
        elif not line:
            line.append(chunks.pop())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        lines = []
        chunks = chunks[::-1]
        drop = self.drop_whitespace
        while chunks:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if drop and lines and not chunks[-1].strip():
                chunks.pop()
            line = []
            size = 0
            while chunks and size + len(chunks[-1]) <= width:
                size += len(chunks[-1])
                line.append(chunks.pop())
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, line, size, width)
                size = sum(len(c) for c in line)
            if drop and line and not line[-1].strip():
                size -= len(line.pop())
            if not line:
                continue
            rest_is_blank = not chunks or (drop and len(chunks) == 1 and not chunks[0].strip())
            if (self.max_lines is None or len(lines) + 1 < self.max_lines or
                    rest_is_blank and size <= width):
                lines.append(indent + ''.join(line))
                continue
            # The last line allowed: end it with the placeholder where it fits.
            while line:
                if line[-1].strip() and size + len(self.placeholder) <= width:
                    lines.append(indent + ''.join(line) + self.placeholder)
                    return lines
                size -= len(line.pop())
            if lines:
                last = lines[-1].rstrip()
                if len(last) + len(self.placeholder) <= self.width:
                    lines[-1] = last + self.placeholder
                    return lines
            lines.append(indent + self.placeholder.lstrip())
            return lines
        return lines

    def _fix_sentence_endings(self, chunks):
        # One space after a sentence's end (a lowercase ASCII letter, then . ! or ?, maybe a
        # quote) becomes two.
        for i in range(len(chunks) - 1):
            chunk = chunks[i]
            if chunk[-1:] in ('"', "'"):
                chunk = chunk[:-1]
            if (chunks[i + 1] == " " and chunk[-1:] in (".", "!", "?")
                    and "a" <= chunk[-2:-1] <= "z"):
                chunks[i + 1] = "  "

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(' '.join(text.strip().split()))


#- dedent
def dedent(text):
    lines = text.split('\n')
    margin = None
    for i, line in enumerate(lines):
        content = line.lstrip(' \t')
        if not content:
            # Blank lines lose their spaces and tabs and do not count.
            lines[i] = ''
            continue
        lead = line[:len(line) - len(content)]
        if margin is None:
            margin = lead
        else:
            n = 0
            while n < len(margin) and n < len(lead) and margin[n] == lead[n]:
                n += 1
            margin = margin[:n]
    if margin:
        cut = len(margin)
        lines = [line[cut:] for line in lines]
    return '\n'.join(lines)


#- indent
def indent(text, prefix, predicate=None):
    out = []
    for line in text.splitlines(True):
        if (line.strip() if predicate is None else predicate(line)):
            out.append(prefix + line)
        else:
            out.append(line)
    return ''.join(out)
