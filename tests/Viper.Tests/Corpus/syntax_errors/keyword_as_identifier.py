print('this must not run')
class = 3
