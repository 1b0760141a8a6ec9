print("start")
a = 1
print(a / (a - a
           ))
