# SystemExit with a string prints it to stderr and exits 1.
print("exiting with message")
raise SystemExit("fatal: bad input")
