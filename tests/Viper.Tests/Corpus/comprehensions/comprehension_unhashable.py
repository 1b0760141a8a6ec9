print("sets need hashable items")
print({row for row in [[1], [2]]})
