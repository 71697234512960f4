# A bank-account simulation with classes, properties, exceptions and a transaction log.
class InsufficientFunds(Exception):
    pass
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.history = [("open", balance)]
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(f"{self.owner} has {self._balance}, needs {amount}")
        self._balance -= amount
        self.history.append(("withdraw", amount))
    def __repr__(self):
        return f"Account(#{self.id}, {self.owner!r}, {self._balance})"
class SavingsAccount(Account):
    def __init__(self, owner, balance=0, rate_percent=2):
        super().__init__(owner, balance)
        self.rate = rate_percent
    def add_interest(self):
        interest = self._balance * self.rate // 100
        self.deposit(interest)
        return interest
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, cls, *args):
        acct = cls(*args)
        self.accounts[acct.id] = acct
        return acct
    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        a.withdraw(amount)
        b.deposit(amount)
    def total(self):
        return sum(a.balance for a in self.accounts.values())
bank = Bank()
alice = bank.open(Account, "alice", 100)
bob = bank.open(SavingsAccount, "bob", 1000, 5)
bank.transfer(alice.id, bob.id, 30)
print(alice, bob, bank.total())
print("interest", bob.add_interest(), bob.balance)
for action in [lambda: bank.transfer(alice.id, bob.id, 500), lambda: alice.deposit(-5),
               lambda: bank.transfer(alice.id, 99, 1), lambda: setattr(alice, "balance", 10**6)]:
    try:
        action()
    except (InsufficientFunds, ValueError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)
print(alice.history)
print(bob.history)
print(sorted(bank.accounts.values(), key=lambda a: -a.balance))
