print(list(enumerate(iterable='ab', start=5)))
enumerate([1], iterable=3)
