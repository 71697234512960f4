# textwrap's fix_sentence_endings: two spaces after a sentence's end, as CPython's rule finds it.
import textwrap
for text in ("Hello there.  How are you? I am fine. Ok.", 'He said "yes." Then left! And? no. A. b. X.Y z', "end.", "e.g. this is Mr. Smith. done", "one. two.' three.\" four"):
    for width in (80, 12):
        print(textwrap.wrap(text, width=width, fix_sentence_endings=True))
print(textwrap.fill("a.\tb? c", fix_sentence_endings=True, replace_whitespace=False, expand_tabs=False))
