print(round(1e308), round(-2.5))
round(float('inf'))
