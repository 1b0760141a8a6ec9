print(round(number=0.5))
round(x=1)
