print('a\tb'.expandtabs(2))
print('a\tb'.expandtabs(2**40))
