print(round(2.5, ndigits=1), round(number=7.25, ndigits=1))
round(2.5, number=1)
