counter = 0
name = 'global'

def read_global():
    return counter + 1

def bump():
    global counter
    counter += 1

def shadow():
    name = 'local'
    return name

def create_global():
    global created
    created = 'made inside'

print(read_global())
bump()
bump()
print(counter, read_global())
print(shadow(), name)
create_global()
print(created)

def mutate_global_list():
    items.append(len(items))

items = []
mutate_global_list()
mutate_global_list()
print(items)

def rebind_then_read():
    global name
    name = 'rebound'
    return name
print(rebind_then_read(), name)
