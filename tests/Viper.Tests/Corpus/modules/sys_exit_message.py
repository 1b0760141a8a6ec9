import sys
print('exiting with a message')
sys.exit('bye')
print('never printed')
