def k():
    return 'k'
print(k())
k(1)
