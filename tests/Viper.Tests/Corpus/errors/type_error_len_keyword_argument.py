print(len(x=[1]))
