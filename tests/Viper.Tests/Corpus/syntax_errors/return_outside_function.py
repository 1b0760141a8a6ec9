print('this must not run')
return 5
