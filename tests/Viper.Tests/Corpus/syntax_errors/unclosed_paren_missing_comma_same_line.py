# The comma hint stands: the parser failed on the bracket's own line.
print(x y = 3
