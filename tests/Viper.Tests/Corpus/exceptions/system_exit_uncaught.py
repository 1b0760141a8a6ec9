# An uncaught SystemExit exits with its code and prints nothing.
print("exiting")
try:
    raise SystemExit(4)
finally:
    print("finally runs first")
