# assert with and without messages.
assert True
assert 1 == 1, "not shown"
try:
    assert 1 == 2
except AssertionError as e:
    print(type(e).__name__, repr(e.args))
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print(type(e).__name__, e)
try:
    assert False, ("tuple", 1)
except AssertionError as e:
    print(e.args)
calls = []
assert calls.append(1) is None or True
print(calls)
