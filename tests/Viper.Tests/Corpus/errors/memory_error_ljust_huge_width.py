def pad(text, width):
    return text.ljust(width, "*")


print(pad("ab", 5))
print(pad("ab", 2 ** 62))
