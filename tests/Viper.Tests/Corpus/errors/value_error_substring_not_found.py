s = 'hello world'
print(s.index('o'), s.rindex('o'))
print(s.index('world', 6))
print(s.index('world', 7))
