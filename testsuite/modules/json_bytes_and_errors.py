# json: JSONDecodeError(msg, doc, pos) made directly counts line and column; loads of bytes
# finds UTF-8 (with or without BOM), UTF-16 and UTF-32 as CPython's detect_encoding does; a huge
# indent costs nothing until a container needs it.
import json
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
e = json.JSONDecodeError('m', 'doc\nline', 5)
print(str(e), e.args, e.msg, e.pos, e.lineno, e.colno, repr(e.doc), isinstance(e, ValueError))
try:
    json.loads('{"a": 1,\n "b": }')
except json.JSONDecodeError as err:
    print(str(err), err.lineno, err.colno, err.pos, err.msg)
t(lambda: json.loads(b'\xef\xbb\xbf[1]'))
t(lambda: json.loads('[1]'.encode('utf-16')))
t(lambda: json.loads('[1, "\u00e9"]'.encode('utf-16-le')))
t(lambda: json.loads('[1]'.encode('utf-16-be')))
t(lambda: json.loads('{"k": 2}'.encode('utf-32')))
t(lambda: json.loads('[3]'.encode('utf-32-le')))
t(lambda: json.loads('[3]'.encode('utf-32-be')))
t(lambda: json.loads('7'.encode('utf-16-le')))
t(lambda: json.loads(b'\xff\x00'))
t(lambda: json.loads(bytearray(b'{"x": [true, null]}')))
t(lambda: json.loads('\ufeff[1]'))
t(lambda: json.loads(b'[1'))
t(lambda: json.dumps('x', indent=10**8))
t(lambda: json.dumps([], indent=10**8))
t(lambda: json.dumps({}, indent=10**8))
