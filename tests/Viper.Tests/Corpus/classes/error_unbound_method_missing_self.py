class Tool:
    def use(self, x):
        return x


print(Tool.use(Tool(), 1))
Tool.use(1)
