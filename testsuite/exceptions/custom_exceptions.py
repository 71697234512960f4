# User-defined exception hierarchies with extra state.
class BankError(Exception):
    pass
class InsufficientFunds(BankError):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available
class FrozenAccount(BankError):
    def __str__(self):
        return "account frozen: " + self.args[0]
def withdraw(balance, amount, frozen=False):
    if frozen:
        raise FrozenAccount("fraud check")
    if amount > balance:
        raise InsufficientFunds(amount, balance)
    return balance - amount
for args in [(100, 30), (10, 30), (100, 1, True)]:
    try:
        print("left", withdraw(*args))
    except InsufficientFunds as e:
        print(type(e).__name__, e, e.needed - e.available, e.args)
    except BankError as e:
        print(type(e).__name__, e, repr(e))
print(issubclass(InsufficientFunds, Exception), InsufficientFunds.__mro__[1].__name__)
class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
print(repr(WithDefault()), str(WithDefault("x")))
