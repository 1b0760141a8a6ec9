values = [0, -12, 2 ** 80, 0.5, -0.0, 1e300, float('inf'), 'text', "q'", '', True, False, None,
          [], [1, 'a'], {}, {'k': [None]}, (1, 'x'), (), range(3), range(1, 10, 2)]
for v in values:
    print(str(v), repr(v))
print(str(1) + repr('1'))
