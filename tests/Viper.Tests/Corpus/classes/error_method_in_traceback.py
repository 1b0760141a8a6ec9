class Account:
    def __init__(self, balance):
        self.balance = balance
        self.limit = 0

    def withdraw(self, amount):
        return self.check(amount)

    def check(self, amount):
        return self.balance // self.limit


acct = Account(10)
print(acct.balance)
acct.withdraw(3)
