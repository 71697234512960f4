# try/except matching by class, tuple, base class; bare except.
def attempt(thunk):
    try:
        return "ok " + repr(thunk())
    except ZeroDivisionError:
        return "zero division"
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except ArithmeticError as e:
        return "arithmetic " + type(e).__name__
    except Exception as e:
        return "other " + type(e).__name__
print(attempt(lambda: 1 / 0))
print(attempt(lambda: {}["k"]))
print(attempt(lambda: [][1]))
print(attempt(lambda: 2.0 ** 10000))
print(attempt(lambda: int("x")))
print(attempt(lambda: 42))
try:
    raise RuntimeError("bare")
except:
    print("bare except caught")
