# A module with a syntax error: importing it raises SyntaxError.
value = [1, 2
print(value)
