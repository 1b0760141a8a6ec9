# Functions with try statements keep int and float locals unboxed where no handler reads them;
# whatever a handler reads is current when an exception arrives from an unboxed loop, a raise,
# a dict miss, a call or an overflow, and the code after the handler goes on correctly.


def overflow_then_fail(n):
    acc = 1
    i = 0
    try:
        while i < n:
            acc = acc * 3 + i
            i += 1
        raise ValueError(i)
    except ValueError as e:
        return acc % 1000003, e.args[0], i


def loop_inside_try(n, limit):
    s = 0
    i = 0
    try:
        while i < n:
            s += i
            i += 1
            if s > limit:
                raise OverflowError("limit")
    except OverflowError:
        return "stopped", s, i
    return "done", s, i


def counted_before_call(xs):
    count = 0
    total = 0
    try:
        for k in range(len(xs)):
            count += 1
            total += 10 // xs[k]
    except ZeroDivisionError:
        after = 0
        for j in range(count):
            after += j
        return count, total, after
    return count, total, -1


def misses(keys, d):
    found = 0
    missing = 0
    for k in range(keys):
        try:
            found += d[k]
        except KeyError:
            missing += 1
    return found, missing


def float_in_try(n):
    x = 0.0
    y = 1.5
    try:
        for i in range(n):
            x = x * 0.5 + y
            if i == n - 3:
                raise ArithmeticError(i)
    except ArithmeticError:
        return x + 0.25
    return x


def unbound_in_handler(n):
    try:
        for i in range(n):
            if i == 5:
                raise KeyError(i)
        late = n * 2
    except KeyError:
        try:
            return late
        except UnboundLocalError as e:
            return str(e)
    return late


def guarded_parameter(n, m):
    try:
        s = n + m
        t = s * 2
        if t > 40:
            raise ValueError(t)
        return t
    except ValueError:
        return n - m


def loop_with_try_inside(n):
    s = 0
    for i in range(n):
        try:
            if i % 4 == 3:
                raise IndexError(i)
            s += i
        except IndexError:
            s += 100 * i
            continue
        s += 1
    return s


def nested_loops_and_handler(n):
    hits = 0
    for i in range(n):
        j = 0
        try:
            while j < i:
                j += 1
                if j * i == 12:
                    raise StopIteration
        except StopIteration:
            hits += j
    return hits


for _ in range(3):
    print(overflow_then_fail(50))
    print(loop_inside_try(100, 1000), loop_inside_try(10, 1000))
    print(counted_before_call([1, 2, 5, 3, 0, 4]), counted_before_call([1, 2]))
    print(misses(40, {k: k for k in range(0, 40, 3)}))
    print(float_in_try(20))
    print(unbound_in_handler(10))
    print(guarded_parameter(3, 4), guarded_parameter(30, 4), guarded_parameter(2 ** 62, 2 ** 62))
    print(loop_with_try_inside(30))
    print(nested_loops_and_handler(20))
