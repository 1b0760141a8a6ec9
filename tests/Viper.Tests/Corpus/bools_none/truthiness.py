print(bool(0), bool(1), bool(-1), bool(2 ** 100))
print(bool(0.0), bool(-0.0), bool(0.1), bool(float('nan')), bool(float('inf')))
print(bool(''), bool(' '), bool('0'), bool('False'))
print(bool([]), bool([0]), bool([[]]), bool([None]))
print(bool({}), bool({0: 0}))
print(bool(None), bool(True), bool(False))
print(bool(range(0)), bool(range(1)))
print(bool())
print(not 0, not 1, not '', not 'a', not [], not [1], not {}, not None)
print(not not 5, not not '')
for v in [0, 1, '', 'x', [], [0], {}, None, 0.0]:
    if v:
        print(repr(v), 'truthy')
    else:
        print(repr(v), 'falsy')
