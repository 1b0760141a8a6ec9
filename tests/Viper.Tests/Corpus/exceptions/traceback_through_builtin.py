# An exception from a function a builtin calls back shows the Python frames on both sides.
def weight(word):
    spare = len(word) - 3
    return 10 // spare

words = ["apple", "fig", "banana"]
print(sorted(words))
print(sorted(words, key=weight))
