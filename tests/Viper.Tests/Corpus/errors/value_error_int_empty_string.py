print(int(' 1 '))
print(int(''))
