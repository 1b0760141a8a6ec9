class Task:
    def __init__(self, priority):
        self.priority = priority


tasks = [Task(2), Task(1)]
print(len(tasks))
tasks.sort()
