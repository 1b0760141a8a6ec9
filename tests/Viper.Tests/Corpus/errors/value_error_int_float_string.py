print(int('3'))
print(int('3.5'))
