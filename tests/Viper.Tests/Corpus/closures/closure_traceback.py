def make(divisor):
    def divide(n):
        return n / divisor
    return divide


d = make(0)
print(make(4)(10))
d(1)
