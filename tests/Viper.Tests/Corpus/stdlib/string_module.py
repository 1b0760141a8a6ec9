# string: the character-class constants and capwords.
import string

print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits, string.punctuation)
print(repr(string.whitespace), repr(string.printable), len(string.printable))
print(string.capwords("hello   big  world"), string.capwords("  leading and trailing  "), repr(string.capwords("")))
print(string.capwords("a-b-c", "-"), string.capwords("x--y", "-"), string.capwords("mIxEd cAsE"), string.capwords("tab\tsep"))
print(all(c in string.printable for c in string.punctuation), set(string.hexdigits) <= set(string.printable))
