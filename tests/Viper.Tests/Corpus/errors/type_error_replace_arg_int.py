print('a-b'.replace('-', '+'))
print('a-b'.replace('-', 0))
