# textwrap: a long word broken after a full line takes exactly the room left (none, when the
# line is full), so no line is wider than the width.
import textwrap

for text, width in [("abcd-efghijklmn", 5), ("--option --another-option=value", 10),
                    ("a bcdefghijklmnopq", 4), ("xx yyyyyyyyyyyyyyyyy zz", 6), ("abcdefgh", 1),
                    ("one-two-three-four five", 7)]:
    lines = textwrap.wrap(text, width)
    print(width, lines, max(map(len, lines)) <= width)
print(textwrap.wrap("abcdefgh ijk", 3, break_long_words=False))
print(textwrap.fill("supercalifragilistic expialidocious", 8, initial_indent="> ", subsequent_indent=". "))
