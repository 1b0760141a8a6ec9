def lookup(d, k):
    return d[k]

def middle(d):
    print('looking up')
    return lookup(d, 'absent')

def top():
    return middle({'present': True})

top()
