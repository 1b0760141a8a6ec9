# removeprefix/removesuffix remove at most one occurrence and only at the edge.
print('prefix_name'.removeprefix('prefix_'), 'prefix_name'.removeprefix('name'))
print('name.py'.removesuffix('.py'), 'name.py.py'.removesuffix('.py'), 'name'.removesuffix('.py'))
print(repr('abc'.removeprefix('')), repr('abc'.removesuffix('')), repr(''.removeprefix('a')))
print(repr('abc'.removeprefix('abc')), repr('abc'.removesuffix('abc')), repr('ab'.removeprefix('abc')))
print('aaa'.removeprefix('a'), 'aaa'.removesuffix('aa'), '😀x'.removeprefix('😀'), 'x😀'.removesuffix('😀'))
