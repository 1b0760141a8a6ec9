print("start")
print({frozenset({1}), 2})
s = {{1}}
