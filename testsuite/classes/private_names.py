# Name mangling for __private attributes.
class Account:
    def __init__(self, balance):
        self.__balance = balance
        self._protected = "visible"
    def balance(self):
        return self.__balance
class Sub(Account):
    def peek(self):
        try:
            return self.__balance
        except AttributeError:
            return "no access"
a = Sub(100)
print(a.balance(), a.peek(), a._protected)
print(a._Account__balance)
print(sorted(k for k in vars(a)))
class Dunder:
    __x__ = "not mangled"
print(Dunder.__x__)
