print(round(float('nan'), 2))
round(float('nan'))
