# UTF-16 and UTF-32 (marked, little- and big-endian): encoding, decoding with a mark, and
# CPython's errors and error handlers for truncated data and bad surrogates.
cases = [(b'a', 'utf-16-le'), (b'\xff\xfe\x00\xd8', 'utf-16'), (b'\x00\xd8a\x00', 'utf-16-le'), (b'\x00\xdca\x00', 'utf-16-le'), (b'\x00\xd8', 'utf-16-le'), (b'\xd8\x00\x00a', 'utf-16-be'), (b'abc', 'utf-16'),
         (b'ab', 'utf-32'), (b'\x00\x00\x11\x00', 'utf-32-le'), (b'\x00\xd8\x00\x00', 'utf-32-le'), (b'\xff\xfe\x00\x00a\x00\x00\x00', 'utf-32'), (b'\x00\x00\xfe\xff\x00\x00\x00a', 'utf-32'), (b'a\x00\x00\x00b', 'utf-32'), (b'\xfe\xffx', 'utf-16'),
         (b'\xfe\xff\x00a\xd8=\xde\x00', 'utf-16'), (b'=\xd8\x00\xde', 'utf-16-le'), (b'\xff\xfe', 'utf-16'), (b'', 'utf-16'), (b'\xff\xfe', 'utf-16-le'), (b'\x00\x00\x00a\x00\x01\xf6\x00', 'utf-32-be')]
for b, enc in cases:
    try:
        print(repr(b.decode(enc)))
    except UnicodeDecodeError as e:
        print(e, '|', e.encoding, e.start, e.end)
    for h in ['replace', 'ignore', 'backslashreplace']:
        print(' ', h, repr(b.decode(enc, h)))
for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'UTF16', 'utf_16le', 'u16', 'utf32', 'U32', 'utf-32be']:
    print(enc, 'é😀'.encode(enc), ''.encode(enc))
text = 'Grüße, 日本 😀!'
for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']:
    print(enc, text.encode(enc).decode(enc) == text, len(text.encode(enc)), str(text.encode(enc), enc) == text, bytearray(text, enc) == text.encode(enc))
