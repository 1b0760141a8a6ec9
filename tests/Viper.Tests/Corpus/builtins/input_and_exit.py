# input() at end of input (the corpus runs with stdin empty), exit() and quit() raising SystemExit.
try:
    name = input("name? ")
    print("got", repr(name))
    second = input()
    print("got", repr(second))
    input("more? ")
except EOFError as e:
    print("EOFError:", e)
try:
    exit(4)
except SystemExit as e:
    print("SystemExit", e.code)
try:
    quit()
except SystemExit as e:
    print("SystemExit", e.code)
exit("bye")
