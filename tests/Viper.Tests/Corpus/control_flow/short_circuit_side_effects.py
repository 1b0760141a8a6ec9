def t(label):
    print('called', label)
    return True

def f(label):
    print('called', label)
    return False

print(f('a') and t('b'))
print(t('c') and f('d'))
print(t('e') or f('f'))
print(f('g') or t('h'))
print(f('i') or f('j') or t('k') or t('l'))
print(t('m') and t('n') and f('o') and t('p'))
print(not f('q') and t('r'))
x = 0
if x != 0 and 10 / x > 1:
    print('never')
else:
    print('division avoided')
lst = []
if len(lst) > 0 and lst[0] == 1:
    print('never')
print('safe')
