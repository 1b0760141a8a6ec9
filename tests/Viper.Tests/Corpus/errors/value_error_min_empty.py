print(min([3]))
print(min([]))
