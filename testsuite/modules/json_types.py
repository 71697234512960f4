# json with tuples, nested structures, and non-string keys conversion.
import json
print(json.dumps({"t": (1, 2), "n": [None, [True, False]]}))
print(json.loads(json.dumps({3: "x"})), json.dumps([1.0, 2.5e-5, 1e16, 123456789.125]))
print(json.dumps({"a": 1, "b": [1, 2]}, indent=0))
print(json.dumps({"a": 1, "b": [1, 2]}, separators=(", ", ": "), sort_keys=True))
print(json.dumps(["x"] * 2, indent="\t"))
class Custom:
    pass
try:
    json.dumps(Custom())
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps(Custom(), default=lambda o: "<custom>"))
