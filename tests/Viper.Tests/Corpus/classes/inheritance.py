class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + " says " + self.sound

    def kind(self):
        return "animal"


class Dog(Animal):
    sound = "woof"

    def kind(self):
        return "dog, an " + super().kind()


class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def speak(self):
        return super().speak() + " (age " + str(self.age) + ")"


a = Animal("generic")
d = Dog("rex")
p = Puppy("bit", 1)
for x in [a, d, p]:
    print(x.speak(), "|", x.kind())
print(isinstance(p, Dog), isinstance(p, Animal), isinstance(d, Puppy))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog))
print(issubclass(Puppy, (int, Dog)), isinstance(d, (int, str)), isinstance(d, (int, Animal)))
print(Puppy.__mro__)
print(Puppy.__bases__, Dog.__base__, Animal.__bases__)
print(Puppy.sound)
Dog.sound = "WOOF"
print(p.speak())
del Dog.sound
print(p.speak())


class Base:
    def __init__(self):
        self.log = ["Base"]


class Left(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Left")


class Right(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Right")


class Diamond(Left, Right):
    def __init__(self):
        super().__init__()
        self.log.append("Diamond")


print(Diamond().log)
print(Diamond.__mro__)
print(super(Left, Diamond()).__init__ is not None)


class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
class M(Z): pass
print(M.__mro__)
print(W.__mro__)
