# json round trips and dump/load through file-like objects.
import json, io
values = [None, True, 0, -17, 2 ** 70, 0.1, 1e-7, "", "text", "é\u2028", [], [1, [2]], {}, {"k": {"n": [None]}}]
for v in values:
    s = json.dumps(v)
    print(s, json.loads(s) == v)
buf = io.StringIO()
json.dump({"x": [1, 2]}, buf, indent=1)
print(repr(buf.getvalue()))
buf.seek(0)
print(json.load(buf))
