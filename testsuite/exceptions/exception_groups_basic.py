# Catching several exception types and ordering of except clauses.
def classify(exc):
    try:
        raise exc
    except (TypeError, ValueError) as e:
        return "type/value:" + type(e).__name__
    except LookupError as e:
        return "lookup:" + type(e).__name__
    except BaseException as e:
        return "base:" + type(e).__name__
for exc in [TypeError("t"), ValueError(), KeyError(), IndexError(), KeyboardInterrupt(),
            UnicodeDecodeError("utf-8", b"x", 0, 1, "bad"), SystemExit(0)]:
    print(classify(exc))
types = (KeyError, ZeroDivisionError)
try:
    1 // 0
except types as e:
    print("dynamic tuple", type(e).__name__)
