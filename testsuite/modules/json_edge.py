# json edge cases: decode error messages and positions, hooks, encoder options, cycles.
import json
for s in ['[1,2', '{"a"', '{"a":1', '"abc', '"a\\', '"\\u12"', '"a\x01"', '\ufeff1', '[', '{',
          'nul', '-', '1.', '[1 ,]', '{"a":1 "b"', '"\\"', '[1]x', '  ', '{"a": [1, {"b": }]}',
          '"\\ud83d\\ude00x"', '-0', '1e5', '1E+2', '-12.5e-1', '[1e]', '2.', '"\t"', '\n\n  [1,\n  x]']:
    try:
        print(repr(s), repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), "|", e, "|", e.msg, e.pos, e.lineno, e.colno, e.doc == s)
print(json.loads(b'{"k": [1, 2]}'), json.loads(bytearray(b'"x"')))
try:
    json.loads(5)
except TypeError as e:
    print(e)
print(json.loads('{"a": 1, "b": [2]}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=lambda pairs: pairs))
print(json.loads('[1.5, 2, NaN]', parse_float=str, parse_int=lambda t: int(t) * 10, parse_constant=lambda c: c.lower()))
print(json.dumps({"a": [1, {}], "b": []}, indent=2, separators=(", ", ": ")))
print(json.dumps(1e16), json.dumps(123456789.125), json.dumps("\x7f\u2028\U0001f600"))
print(json.dumps("\x7f\u2028\U0001f600", ensure_ascii=False) == '"\x7f\u2028\U0001f600"')
print(json.dumps({"a": 1}, indent=True), json.dumps([1, [2, []]], indent=-1))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 0, "y": 1}}, sort_keys=True, indent="--"))
print(json.dumps({(1, 2): 1, "k": 2}, skipkeys=True), json.dumps({float("inf"): 1, 1.5: 2, 10**20: 3}))
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print(type(e).__name__, e)
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print(type(e).__name__, e)
try:
    json.dumps({1: 1, "a": 2}, sort_keys=True)
except TypeError as e:
    print(type(e).__name__)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(json.dumps([Point(1, 2)], default=lambda o: {"x": o.x, "y": o.y}))
print(json.dumps({"t": True, "f": False, "n": None}, separators=(",", ":")))
print(json.dumps([[]] * 2, indent=1), json.dumps({}, indent=4), json.dumps([], indent=4))
err = json.JSONDecodeError
print(err.__name__, issubclass(err, ValueError))
try:
    json.loads('{"a": 1}}')
except ValueError as e:
    print("caught as ValueError:", e.args)
