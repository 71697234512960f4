# BaseException subclasses are not caught by `except Exception`.
def try_catch(exc):
    try:
        try:
            raise exc
        except Exception:
            return "caught by Exception"
    except BaseException as e:
        return "escaped to BaseException: " + type(e).__name__
print(try_catch(ValueError()))
print(try_catch(KeyboardInterrupt()))
print(try_catch(SystemExit(2)))
print(try_catch(GeneratorExit()))
import sys
try:
    sys.exit("message")
except SystemExit as e:
    print("exit code", repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("exit code", e.code)
