# sys.stdin at the end of its input (the corpus runs with stdin empty): empty reads, no lines.
import sys

print(repr(sys.stdin.readline()), repr(sys.stdin.read()), sys.stdin.readlines(), list(sys.stdin), sys.stdin.name)
print(sys.stdin is sys.__stdin__, sys.stdin.isatty())
try:
    sys.stdout.readline()
except Exception as error:
    print(type(error).__name__, error)
