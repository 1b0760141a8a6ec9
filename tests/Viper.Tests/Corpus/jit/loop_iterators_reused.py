"""A for loop over an exact list or tuple may reuse the iterator an earlier loop ran out: every way
a loop ends or stops, and iterators a program can still reach, must behave as if each were new."""


def nested(rows):
    total = []
    for row in rows:
        for item in row:
            total.append(item)
        for item in row:
            if item == 2:
                break
            total.append(-item)
    return total


def recursive(depth, items):
    seen = []
    for item in items:
        seen.append((depth, item))
        if depth < 3:
            seen.extend(recursive(depth + 1, items[1:]))
    return seen


def suspended(items):
    for item in items:
        yield item


def interleaved():
    first = suspended((1, 2, 3))
    second = suspended([10, 20])
    out = [next(first)]
    for value in (7, 8):
        out.append(value)
    out.append(next(second))
    for value in [9]:
        out.append(value)
    out.extend(first)
    out.extend(second)
    return out


def growing():
    items = [1, 2]
    for item in items:
        if item < 5:
            items.append(item + 2)
    after = []
    for item in items:
        after.append(item)
    return items, after


def shrinking():
    items = [1, 2, 3, 4, 5, 6]
    kept = []
    for item in items:
        kept.append(item)
        items.remove(item)
    return kept, items


def visible_iterator():
    shared = iter([1, 2, 3])
    firsts = []
    for item in shared:
        firsts.append(item)
        break
    for item in (4, 5):
        firsts.append(item)
    firsts.append(list(shared))
    exhausted = iter((6, 7))
    for item in exhausted:
        firsts.append(item)
    for item in (8, 9):
        firsts.append(item)
        break
    firsts.append(next(exhausted, "exhausted stays exhausted"))
    return firsts


def delegating(items):
    yield from items


def yield_from_iterator():
    gen = delegating([1, 2, 3])
    first = next(gen)
    inner = gen.gi_yieldfrom
    rest = []
    for item in inner:
        rest.append(item)
    for item in [4, 5, 6]:
        rest.append(item)
        break
    return first, rest, list(inner), list(gen)


def raising(items):
    done = []
    try:
        for item in items:
            done.append(10 // item)
    except ZeroDivisionError as error:
        done.append(str(error))
    for item in items[:1]:
        done.append(item)
    return done


def loop_else(items):
    for item in items:
        if item < 0:
            result = "negative"
            break
    else:
        result = "all non-negative"
    return result


def empty_loops():
    count = 0
    for _ in ():
        count += 1
    for _ in []:
        count += 1
    for item in (1,):
        count += item
    return count


def comprehension_inside_loop(rows):
    out = []
    for row in rows:
        out.append([item * 2 for item in row])
        out.append(sum(item for item in row))
    return out


class Sub(list):
    def __iter__(self):
        yield "overridden"


def subclass_loop():
    out = []
    for item in Sub([1, 2]):
        out.append(item)
    for item in [3]:
        out.append(item)
    return out


for _ in range(3):
    print(nested([(1, 2, 3), [4, 2, 6], ()]))
    print(recursive(0, (1, 2, 3)))
    print(interleaved())
    print(growing())
    print(shrinking())
    print(visible_iterator())
    print(yield_from_iterator())
    print(raising([5, 2, 0, 1]))
    print(loop_else((1, 2, 3)), loop_else([1, -2]))
    print(empty_loops())
    print(comprehension_inside_loop([(1, 2), [3]]))
    print(subclass_loop())
