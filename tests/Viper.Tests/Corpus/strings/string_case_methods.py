print('Hello World'.upper())
print('Hello World'.lower())
print('ABC123xyz!'.lower(), 'ABC123xyz!'.upper())
print(''.upper(), 'é'.upper(), 'É'.lower())
s = 'MiXeD'
print(s.lower(), s.upper(), s)
