# json.JSONDecodeError details: msg, lineno, colno.
import json
for bad in ['{"a": 1,}', '[1, 2', '{\n  "a": tru\n}', '"bad \\q escape"', '{"a": 1} extra']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "|", e.msg, "|", e.lineno, e.colno, e.pos)
print(issubclass(json.JSONDecodeError, ValueError))
