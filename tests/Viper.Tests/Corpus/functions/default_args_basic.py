def greet(name, greeting='Hello', punct='!'):
    return greeting + ', ' + name + punct

print(greet('Ann'))
print(greet('Bob', 'Hi'))
print(greet('Cy', 'Yo', '?'))

def power(base, exp=2):
    return base ** exp
print(power(3), power(2, 10), power(2, -1))

def none_default(x=None):
    if x is None:
        x = []
    x.append('fresh')
    return x
print(none_default(), none_default(), none_default(['old']))
