print('a=b'.partition('='))
print('a=b'.rpartition(''))
