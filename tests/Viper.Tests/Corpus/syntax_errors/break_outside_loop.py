print('this must not run')
break
