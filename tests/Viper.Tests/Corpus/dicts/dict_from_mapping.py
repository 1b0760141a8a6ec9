# dict(x) and dict.update(x) read any object with keys() through x[key]; a subclass's fromkeys makes the subclass.
class Squares:
    def keys(self):
        return [3, 1, 2]

    def __getitem__(self, key):
        return key * key


print(dict(Squares()), dict(Squares(), extra=0))
target = {"a": 1}
target.update(Squares())
print(target)


class Logged(dict):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)


made = Logged.fromkeys("ab", 0)
print(type(made).__name__, made, type(dict.fromkeys("xy")).__name__)


class NoItems:
    def keys(self):
        return ["k"]


try:
    dict(NoItems())
except TypeError as error:
    print("TypeError", error)
