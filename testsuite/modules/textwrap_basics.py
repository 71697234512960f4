# textwrap: wrap, fill, shorten, dedent, indent and TextWrapper's common options.
import textwrap

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen "
        "liquor jugs! How vexingly quick daft zebras jump.")
for width in [10, 20, 35, 70]:
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30))
print(textwrap.fill(text, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap('', 10), textwrap.wrap('   ', 10), textwrap.wrap('a', 1))
print(textwrap.wrap('supercalifragilisticexpialidocious word', 10))
print(textwrap.wrap('supercalifragilisticexpialidocious word', 10, break_long_words=False))
print(textwrap.wrap('a well-known self-contained thing-a-ma-jig x-ray', 12))
print(textwrap.wrap('a well-known self-contained thing-a-ma-jig x-ray', 12,
                    break_on_hyphens=False))
print(textwrap.wrap('aaaa-bbbb-cccc-dddd', 7))
print(textwrap.wrap('one\ttwo\nthree  four', 12))
print(textwrap.wrap('one\ttwo\nthree', 40, expand_tabs=False))
print(textwrap.wrap('one\ttwo\nthree', 40, replace_whitespace=False, expand_tabs=False))
print(textwrap.wrap('  leading and trailing   ', 10))
print(textwrap.wrap('  leading and trailing   ', 10, drop_whitespace=False))
print(textwrap.wrap('a\tb', 20, tabsize=4))
print(textwrap.wrap(text, 20, max_lines=2))
print(textwrap.wrap(text, 20, max_lines=3, placeholder='...'))
print(textwrap.wrap('short text', 20, max_lines=1))
print(textwrap.shorten(text, 40))
print(textwrap.shorten('Hello  world!', width=12))
print(textwrap.shorten('Hello  world!', width=11))
print(textwrap.shorten('Hello world', width=10, placeholder='...'))
for bad in [dict(width=0), dict(width=5, max_lines=1, placeholder=' [.......]')]:
    try:
        textwrap.wrap(text, **bad)
    except ValueError as e:
        print('ValueError', e)

w = textwrap.TextWrapper(width=15, initial_indent='> ', subsequent_indent='| ')
print(w.wrap('a b c d e f g h i j k l m n o p q r s t'))
w.width = 8
print(w.fill('a b c d e f g h'))
print(w.width, w.max_lines, w.placeholder, w.break_long_words, w.tabsize)

print(repr(textwrap.dedent('    a\n      b\n    c\n')))
print(repr(textwrap.dedent('  a\n\n \n  b')))
print(repr(textwrap.dedent('\ta\n\t\tb')))
print(repr(textwrap.dedent(' \ta\n  b')))
print(repr(textwrap.dedent('no indent\n  x')))
print(repr(textwrap.dedent('   \n')))
print(repr(textwrap.indent('a\nb\n\nc', '  ')))
print(repr(textwrap.indent('a\r\nb\n  \nc', '> ')))
print(repr(textwrap.indent('a\nb\n\nc', '+ ', lambda line: True)))
print(repr(textwrap.indent('a\nbb\nc', '# ', lambda line: len(line) > 2)))
