print(int('5'))
print(int([5]))
