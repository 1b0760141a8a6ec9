print(list(zip([1, 2], 'ab', strict=True)))
list(zip([1, 2, 3], 'ab', [0, 0], strict=True))
