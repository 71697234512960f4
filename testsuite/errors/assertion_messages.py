# AssertionError with different message types.
for check in [(False, None), (0, "zero"), ([], ["list", "msg"]), ("", 42)]:
    cond, msg = check
    try:
        if msg is None:
            assert cond
        else:
            assert cond, msg
    except AssertionError as e:
        print(type(e).__name__, repr(e), e.args)
