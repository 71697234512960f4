# json.loads(strict=False) lets control characters stand in strings.
import json
for strict in (True, False, 0, None):
    try: print(repr(json.loads('"a\nb\tc\x01"', strict=strict)))
    except json.JSONDecodeError as e: print("JSONDecodeError", e)
print(json.loads('{"k": "x\ny"}', strict=False))
