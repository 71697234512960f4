# json.dumps with defaults, indent, separators, sort_keys.
import json
data = {"name": "pyrite", "n": 3, "pi": 3.14, "ok": True, "none": None, "list": [1, "two", 3.0], "nested": {"a": []}}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, indent=2))
print(json.dumps([1, 2, {"k": "v"}], indent=4, sort_keys=True))
print(json.dumps(data["list"], separators=(",", ":")))
print(json.dumps("é☃\n\"quoted\"\\"), json.dumps("é", ensure_ascii=False))
print(json.dumps(1e100), json.dumps(-0.0), json.dumps(10 ** 30), json.dumps(float("inf")), json.dumps([]), json.dumps({}))
print(json.dumps({1: "int key", 2.5: "float key", True: "bool key", None: "none key"}))
print(json.dumps((1, 2)), json.dumps("\x00\x1f"))
for bad in [{(1, 2): "tuple key"}, {"s": {1, 2}}, object()]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print(type(e).__name__)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print(type(e).__name__, e)
