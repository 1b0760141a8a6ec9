x = 'global x'

def f(x):
    x = x + ' (param modified)'
    return x

def g():
    x = 'local x'
    y = x
    return y

def h():
    return x

print(f('arg'))
print(g())
print(h())
print(x)

def loop_var_local():
    for i in range(3):
        pass
    return i
i = 'global i'
print(loop_var_local(), i)

def param_shadows_builtin(len):
    return len * 2
print(param_shadows_builtin(21), len('abc'))
