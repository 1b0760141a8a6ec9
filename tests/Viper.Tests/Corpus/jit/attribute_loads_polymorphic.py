# A base class's method reading attributes of instances of several subclasses (each its own
# layout): compiled code reads each layout's position directly while the class is unchanged. The
# ways out: a property or __getattribute__ added to a class later, an attribute deleted or added
# on one instance, an instance whose attributes moved to a real __dict__, and other receivers.


class Task:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name

    def weight(self):
        return self.priority * 2

    def label(self):
        return self.name


class Worker(Task):
    def __init__(self, priority, name):
        self.busy = False
        super().__init__(priority, name)


class Device(Task):
    def __init__(self, priority, name):
        super().__init__(priority, name)
        self.pending = None


class Idle(Task):
    pass


def weights(tasks):
    return sum(task.weight() for task in tasks)


def labels(tasks):
    return [task.label() for task in tasks]


tasks = [Worker(1, "w"), Device(2, "d"), Idle(3, "i"), Task(4, "t")]
for _ in range(100):
    weights(tasks)
    labels(tasks)
print("warm", weights(tasks), labels(tasks))

# A property on one subclass takes precedence over the instance attribute.
Device.priority = property(lambda self: 100)
print("property", weights(tasks))
del Device.priority
print("property deleted", weights(tasks))

# __getattribute__ on the base reaches every subclass.
Task.__getattribute__ = lambda self, name: 7 if name == "priority" else object.__getattribute__(self, name)
print("getattribute", weights(tasks), labels(tasks))
del Task.__getattribute__
print("getattribute deleted", weights(tasks))

# One instance's attributes changed: deleted, added to, moved to a __dict__.
worker = tasks[0]
del worker.priority
try:
    weights(tasks)
except AttributeError as error:
    print("AttributeError", error)
Task.priority = 50
print("class attribute behind", weights(tasks))
worker.priority = 9
worker.extra = 1
print("extra attribute", weights(tasks))
vars(tasks[1])["priority"] = 11
print("dict", weights(tasks), tasks[1].__dict__)

# A fifth and sixth layout, and owners that are not instances at all.
tasks.append(Idle(5, "j"))
tasks[-1].tag = "x"
tasks.append(type("Dynamic", (Task,), {})(6, "k"))
print("more layouts", weights(tasks), labels(tasks))
print("not instances", Task.weight(type("T", (), {"priority": 8})()))
try:
    Task.weight(3)
except AttributeError as error:
    print("AttributeError", error)

# The same at module level, compiled while the loop runs.
ring = [Worker(1, "a"), Device(2, "b"), Idle(3, "c")]
total = 0
for i in range(3000):
    if i == 1500:
        Idle.priority = property(lambda self: 1000)
    total += ring[i % 3].priority
print("module loop", total)
