# sys.exit raises SystemExit with the given code.
import sys
for arg in [(), (0,), (3,), ("text",), (None,)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(repr(arg), repr(e.code), type(e).__name__, isinstance(e, BaseException))
