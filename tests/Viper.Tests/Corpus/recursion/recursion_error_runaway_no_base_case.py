def countdown(n):
    if n == -1000000:
        return 'unreachable'
    return countdown(n - 1)

print('starting countdown')
print(countdown(10))
