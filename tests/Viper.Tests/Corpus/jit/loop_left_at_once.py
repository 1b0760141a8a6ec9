# A loop whose body always leaves it reads its iterator only where it was made: it is still one value.
def first(iterable):
    for item in iterable:
        return item
    return "empty"


def first_pair(iterator):
    for a in iterator:
        for b in iterator:
            return a, b
        return a, None


for _ in range(3):
    print(first([4, 5]), first(""), first(range(7, 9)), first(iter("xy")))
    print(first_pair(iter("abc")), first_pair(iter("a")), first_pair(iter("")))
