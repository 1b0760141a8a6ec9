def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))

counter = 10
def show(x=counter):
    return x
counter = 20
print(show(), show(5))

def collect(k, v, store={}):
    store[k] = v
    return store
print(collect('a', 1))
print(collect('b', 2))
