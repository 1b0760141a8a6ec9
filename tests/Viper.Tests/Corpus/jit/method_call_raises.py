# Exceptions out of methods that compiled code calls directly: caught by the caller's handler,
# passing through several direct calls, and finally uncaught, with the traceback naming each frame.


class Account:
    def __init__(self, balance):
        self.balance = balance

    def share(self, parts):
        return self.balance // parts

    def checked_share(self, parts):
        if parts < 0:
            raise ValueError(f"negative parts: {parts}")
        return self.share(parts)


class Savings(Account):
    def share(self, parts):
        return self.balance * 2 // parts


def shares(accounts, parts):
    results = []
    for account in accounts:
        try:
            results.append(account.checked_share(parts))
        except ZeroDivisionError as error:
            results.append(str(error))
    return results


def total_share(accounts, parts):
    return sum(account.checked_share(parts) for account in accounts)


def audit(accounts, parts):
    return total_share(accounts, parts) + accounts[0].share(parts)


accounts = [Account(100), Savings(100)]
for n in range(1, 60):
    shares(accounts, n)
    audit(accounts, n)
print(shares(accounts, 3), shares(accounts, 0))
print(audit(accounts, 7))
try:
    audit(accounts, -1)
except ValueError as error:
    print("caught", error)
print(audit(accounts, 0))
