# __traceback__ exists and with_traceback returns the exception.
try:
    raise ValueError("v")
except ValueError as e:
    print(e.__traceback__ is not None)
    e2 = e.with_traceback(None)
    print(e2 is e, e.__traceback__ is None)
print(ValueError("x").__traceback__)
