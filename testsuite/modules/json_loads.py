# json.loads of every value type, and decode errors.
import json
text = '{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d\\u00e9\\n"}, "e": "", "big": 123456789012345678901234567890}'
obj = json.loads(text)
print(obj)
print(type(obj["a"][1]).__name__, type(obj["a"][2]).__name__, obj["big"] + 1)
print(json.loads("[]"), json.loads("{}"), json.loads('"s"'), json.loads("  42  "), json.loads("-0.5"), json.loads("1E3"))
print(json.loads('"\\ud83d\\ude00"'), json.loads('"\\"\\\\\\/\\b\\f\\n\\r\\t"'))
print(json.loads("[1, [2, [3, [4]]]]"), json.loads('{"dup": 1, "dup": 2}'))
print(json.loads("NaN") != json.loads("NaN"), json.loads("Infinity"), json.loads("-Infinity"))
for bad in ["", "[1,]", "{'a': 1}", "[1 2]", '{"a" 1}', "tru", '"unterminated', "[1]]", "01", "{\"a\":}", "\"\\x\""]:
    try:
        json.loads(bad)
        print(repr(bad), "accepted")
    except json.JSONDecodeError as e:
        print(repr(bad), type(e).__name__, isinstance(e, ValueError), e.pos)
