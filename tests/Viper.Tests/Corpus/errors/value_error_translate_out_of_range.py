print('abc'.translate({97: 65}))
print('abc'.translate({97: 0x110000}))
