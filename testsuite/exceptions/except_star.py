# except* (PEP 654): matching parts of a group, wrapping naked exceptions, the unhandled
# rest, re-raising, new exceptions from handlers, else/finally, and the run-time errors.
import sys


def run(body, label):
    try:
        body()
        print(label, "-> nothing")
    except BaseException as e:
        print(label, "->", type(e).__name__, repr(e))
        return e


def both():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print("value", repr(e), type(e).__name__)
    except* TypeError as e:
        print("type", repr(e))


run(both, "both")


def partial():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2), OSError(3)])
    except* ValueError as e:
        print("value", repr(e))
    except* OSError:
        print("os")


run(partial, "partial")


def naked():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("wrapped", type(e).__name__, repr(e), e.exceptions[0].args)
        print("tb", e.__traceback__ is not None)


run(naked, "naked")


def naked_unhandled():
    try:
        raise KeyError("k")
    except* ValueError:
        print("never")


e = run(naked_unhandled, "naked unhandled")
print(type(e).__name__)


def first_clause_takes_all():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* Exception as e:
        print("first", repr(e))
    except* TypeError as e:
        print("never", repr(e))


run(first_clause_takes_all, "first")


def tuple_clause():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* (ValueError, TypeError) as e:
        print("tuple", repr(e))


run(tuple_clause, "tuple")


def nested_structure():
    try:
        raise ExceptionGroup(
            "outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])]
        )
    except* ValueError as e:
        print("value", repr(e))


run(nested_structure, "nested")


def bare_reraise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        pass


run(bare_reraise, "bare raise")


def bare_reraise_naked():
    try:
        raise ValueError(1)
    except* ValueError:
        raise


run(bare_reraise_naked, "bare raise naked")


def new_exception():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise
    except* TypeError as t:
        raise RuntimeError("new")


e = run(new_exception, "new")
print(repr(e.exceptions[0].__context__))


def new_exception_only():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise RuntimeError("only")


e = run(new_exception_only, "only new")
print(repr(e.__context__))


def new_from_naked():
    try:
        raise ValueError(1)
    except* ValueError:
        raise KeyError("from naked")


e = run(new_from_naked, "new from naked")
print(repr(e.__context__))


def raise_matched():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as v:
        raise v


run(raise_matched, "raise matched")


def all_raise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("a")
    except* TypeError:
        raise KeyError("b")


run(all_raise, "all raise")


def base_members():
    try:
        raise BaseExceptionGroup("beg", [KeyboardInterrupt(), ValueError(1)])
    except* ValueError as e:
        print("value", repr(e))


run(base_members, "base")


def else_finally(fail):
    try:
        if fail:
            raise ExceptionGroup("eg", [ValueError(1)])
        print("body ok")
    except* ValueError as e:
        print("handled", repr(e))
    else:
        print("else")
    finally:
        print("finally")


run(lambda: else_finally(False), "else")
run(lambda: else_finally(True), "fail")


def finally_reraise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("value")
    finally:
        print("finally runs")


run(finally_reraise, "finally reraise")


def name_cleared():
    try:
        raise ValueError(1)
    except* ValueError as err:
        pass
    try:
        err
    except NameError as e:
        print("cleared", type(e).__name__)
    try:
        raise ValueError(1)
    except* ValueError as err2:
        try:
            raise KeyError(1)
        except KeyError:
            pass
        print("exc_info", repr(sys.exc_info()[1]))


run(name_cleared, "names")


def exc_info():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as v:
        print("exc_info", sys.exc_info()[1] is v)
    except* TypeError as t:
        print("exc_info", sys.exc_info()[1] is t)
    print("after", sys.exc_info())


run(exc_info, "exc_info")


def loops_inside():
    for i in range(3):
        try:
            raise ValueError(i)
        except* ValueError as e:
            for j in range(5):
                if j == 1:
                    break
            print("loop", i, j)
    return "done"


print(loops_inside())


def bad_type():
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass


run(bad_type, "except* ExceptionGroup")


def bad_type_tuple():
    try:
        raise ValueError(1)
    except* (ValueError, BaseExceptionGroup):
        pass


run(bad_type_tuple, "tuple with a group")


def not_a_class():
    try:
        raise ValueError(1)
    except* 42:
        pass


run(not_a_class, "not a class")


def nothing_raised():
    try:
        pass
    except* ExceptionGroup:
        pass
    return "types unchecked"


print(nothing_raised())


def nested_try():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
        except* ValueError:
            print("inner value")
    except* TypeError as e:
        print("outer type", repr(e))


run(nested_try, "nested try")


def in_generator():
    try:
        yield 1
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        yield repr(e)


g = in_generator()
print(next(g), next(g))
try:
    next(g)
except ExceptionGroup as e:
    print("generator rest", repr(e))
