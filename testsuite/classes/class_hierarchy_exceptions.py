# Exception classes with multiple inheritance and mixins.
class Retryable:
    retry = True
class NetworkError(Exception):
    pass
class Timeout(NetworkError, Retryable):
    def __init__(self, seconds):
        super().__init__(f"timed out after {seconds}s")
        self.seconds = seconds
class Refused(NetworkError):
    pass
for exc in [Timeout(3), Refused("port 80"), ValueError("x")]:
    try:
        raise exc
    except NetworkError as e:
        print("network:", type(e).__name__, e, getattr(e, "retry", False))
    except Exception as e:
        print("other:", type(e).__name__, e)
print([c.__name__ for c in Timeout.__mro__])
