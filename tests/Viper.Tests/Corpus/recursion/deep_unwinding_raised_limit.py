# Exceptions that travel through tens of thousands of frames: raised at the bottom of a deep
# recursion and caught at the top, in every tier (compiled frames live on the .NET stack, so each
# one the exception leaves must cost it constant stack).
import sys

sys.setrecursionlimit(100000)


def descend(n):
    if n == 0:
        raise ValueError("bottom")
    return descend(n - 1) + 1


for depth in (1000, 20000, 50000, 90000):
    try:
        descend(depth)
    except ValueError as error:
        print(depth, "caught", error, len([1 for _ in range(3)]))


def runaway(n):
    return runaway(n + 1) + 1


for attempt in range(2):
    try:
        runaway(0)
    except RecursionError as error:
        print("runaway", attempt, error)


def count_down(n):
    try:
        return count_down(n - 1) if n else 0
    finally:
        pass


try:
    count_down(60000)
    print("finally on the way out: fine")
    count_down(10 ** 6)
except RecursionError as error:
    print("finally all the way down:", error)


class Node:
    def __init__(self, child):
        self.child = child

    def depth(self):
        return 1 + (self.child.depth() if self.child else 0)


node = None
for _ in range(40000):
    node = Node(node)
print("method recursion:", node.depth())
