stack = []
for i in range(5):
    stack.append(i)
while stack:
    print(stack.pop(), end=' ')
print()
queue = []
for w in 'a b c d'.split():
    queue.append(w)
while len(queue) > 0:
    print(queue.pop(0), end=',')
print()
dq = [2]
dq.insert(0, 1)
dq.append(3)
dq.insert(0, 0)
print(dq, dq.pop(0), dq.pop(), dq)
