print(~5)
print(~1.5)
