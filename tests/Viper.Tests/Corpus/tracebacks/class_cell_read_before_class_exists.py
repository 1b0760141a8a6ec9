# A method reading __class__ while its class statement is still running: the cell is empty.
class Early:
    def name(self):
        return __class__.__name__

    def twice(self, reader=name):
        return reader(self) * 2

    print("body runs")
    twice(None)
