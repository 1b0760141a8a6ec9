s = 'hello'
print(s[0], s[1], s[4])
print(s[-1], s[-5], s[-2])
print(len(s), len(''), len(' '))
t = 'a'
print(t[0], t[-1], t[0] == t)
u = 'héllo wörld'
print(u[1], u[-4], len(u))
i = 0
while i < len(s):
    print(i, s[i], s[-1 - i])
    i += 1
print(type(s[0]))
print('abc'[2], 'xyz'[-3])
