# else runs when no exception; finally always runs.
def run(fail):
    log = []
    try:
        log.append("try")
        if fail:
            raise ValueError("boom")
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(run(False))
print(run(True))
def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides())
def finally_on_break():
    out = []
    for i in range(3):
        try:
            if i == 1:
                break
            out.append(i)
        finally:
            out.append("f" + str(i))
    return out
print(finally_on_break())
def finally_on_continue():
    out = []
    for i in range(3):
        try:
            if i % 2 == 0:
                continue
            out.append(i)
        finally:
            out.append("f")
    return out
print(finally_on_continue())
try:
    try:
        raise KeyError("inner")
    finally:
        print("inner finally")
except KeyError as e:
    print("outer caught", e)
