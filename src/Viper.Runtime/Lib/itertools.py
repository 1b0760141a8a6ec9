"""Iterator building blocks, written for Viper: the infinite, terminating and combinatoric iterators.

Arguments are checked when the iterator is made, as CPython's are, so the generators behind most of
these functions are separate from the functions that validate their arguments.
"""

__all__ = [
    "accumulate", "chain", "combinations", "combinations_with_replacement", "compress", "count", "cycle",
    "dropwhile", "filterfalse", "groupby", "islice", "pairwise", "permutations", "product", "repeat",
    "starmap", "takewhile", "tee", "zip_longest",
]

_MAX_SIZE = 9223372036854775807


def _is_number(value):
    if isinstance(value, (int, float)):
        return True
    kind = type(value)
    return any(hasattr(kind, name) for name in ("__index__", "__int__", "__float__", "__complex__"))


class count:
    """Counts from start by step, forever."""

    __slots__ = ("_current", "_step")

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError("a number is required")
        self._current = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._current
        self._current = value + self._step
        return value

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return f"{type(self).__name__}({self._current!r})"
        return f"{type(self).__name__}({self._current!r}, {step!r})"


class repeat:
    """Gives object times times, or forever."""

    __slots__ = ("_object", "_remaining")

    def __init__(self, object, times=None):
        self._object = object
        if times is None:
            self._remaining = None
        else:
            if not isinstance(times, int):
                raise TypeError(f"'{type(times).__name__}' object cannot be interpreted as an integer")
            self._remaining = max(times, 0)

    def __iter__(self):
        return self

    def __next__(self):
        if self._remaining is None:
            return self._object
        if self._remaining <= 0:
            raise StopIteration
        self._remaining -= 1
        return self._object

    def __length_hint__(self):
        if self._remaining is None:
            raise TypeError("len() of unsized object")
        return self._remaining

    def __repr__(self):
        if self._remaining is None:
            return f"{type(self).__name__}({self._object!r})"
        return f"{type(self).__name__}({self._object!r}, {self._remaining})"


def cycle(iterable):
    return _cycle(iter(iterable))


def _cycle(iterator):
    saved = []
    for element in iterator:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        yield from saved


def accumulate(iterable, func=None, *, initial=None):
    return _accumulate(iter(iterable), func, initial)


def _accumulate(iterator, func, initial):
    total = initial
    if initial is None:
        for total in iterator:
            break
        else:
            return
    yield total
    if func is None:
        for element in iterator:
            total = total + element
            yield total
    else:
        for element in iterator:
            total = func(total, element)
            yield total


def chain(*iterables):
    return _chain_from_iterable(iterables)


def _chain_from_iterable(iterables):
    for iterable in iterables:
        yield from iterable


def _from_iterable(iterables):
    return _chain_from_iterable(iter(iterables))


chain.from_iterable = _from_iterable


def compress(data, selectors):
    return _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for element, selector in zip(data, selectors):
        if selector:
            yield element


def dropwhile(predicate, iterable):
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, iterator):
    for element in iterator:
        if not predicate(element):
            yield element
            break
    yield from iterator


def takewhile(predicate, iterable):
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, iterator):
    for element in iterator:
        if not predicate(element):
            return
        yield element


def filterfalse(function, iterable):
    return _filterfalse(function, iter(iterable))


def _filterfalse(function, iterator):
    if function is None:
        for element in iterator:
            if not element:
                yield element
    else:
        for element in iterator:
            if not function(element):
                yield element


def starmap(function, iterable):
    return _starmap(function, iter(iterable))


def _starmap(function, iterator):
    for arguments in iterator:
        yield function(*arguments)


def pairwise(iterable):
    return _pairwise(iter(iterable))


def _pairwise(iterator):
    for previous in iterator:
        for current in iterator:
            yield previous, current
            previous = current
        return


class groupby:
    """Groups consecutive elements with equal keys; advancing it ends the group handed out before."""

    def __init__(self, iterable, key=None):
        self._iterator = iter(iterable)
        self._key_function = key
        self._started = False
        self._group_key = None
        self._current_key = None
        self._current_value = None
        self._group_token = None

    def __iter__(self):
        return self

    def _advance(self):
        value = next(self._iterator)
        self._current_value = value
        self._current_key = value if self._key_function is None else self._key_function(value)

    def __next__(self):
        self._group_token = object()
        if not self._started:
            self._advance()
            self._started = True
        else:
            while self._current_key == self._group_key:
                self._advance()
        self._group_key = self._current_key
        return self._current_key, self._group(self._group_key, self._group_token)

    def _group(self, key, token):
        while self._group_token is token and self._current_key == key:
            yield self._current_value
            try:
                self._advance()
            except StopIteration:
                return


def _as_ssize(value):
    if value is None:
        return None
    if not isinstance(value, int):
        index = getattr(type(value), "__index__", None)
        if index is None:
            return -1
        value = index(value)
    if not -_MAX_SIZE - 1 <= value <= _MAX_SIZE:
        return -1
    return value


def islice(*args):
    if len(args) < 2:
        raise TypeError(f"islice expected at least 2 arguments, got {len(args)}")
    if len(args) > 4:
        raise TypeError(f"islice expected at most 4 arguments, got {len(args)}")
    iterable = args[0]
    start, stop, step = 0, None, 1
    stop_message = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
    if len(args) == 2:
        stop = _as_ssize(args[1])
        if stop == -1:
            raise ValueError(stop_message)
    else:
        if args[1] is not None:
            start = _as_ssize(args[1])
        stop = _as_ssize(args[2])
        if stop == -1:
            raise ValueError(stop_message)
    if start < 0 or stop is not None and stop < -1:
        raise ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    if len(args) == 4 and args[3] is not None:
        step = _as_ssize(args[3])
    if step < 1:
        raise ValueError("Step for islice() must be a positive integer or None.")
    return _islice(iter(iterable), start, stop, step)


def _islice(iterator, start, stop, step):
    position = 0
    wanted = start
    while True:
        while position < wanted:
            try:
                next(iterator)
            except StopIteration:
                return
            position += 1
        if stop is not None and position >= stop:
            return
        try:
            element = next(iterator)
        except StopIteration:
            return
        position += 1
        wanted += step
        if stop is not None and wanted > stop:
            wanted = stop
        yield element


class _TeeLink:
    __slots__ = ("value", "next")

    def __init__(self):
        self.next = None


class _tee:
    """One of tee's iterators: they share the source and a linked list of the values not all have seen."""

    __slots__ = ("_source", "_link")

    def __init__(self, source, link):
        self._source = source
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            link.value = next(self._source)
            link.next = _TeeLink()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self._source, self._link)


def tee(iterable, n=2):
    if not isinstance(n, int):
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    iterator = iter(iterable)
    first = iterator if isinstance(iterator, _tee) else _tee(iterator, _TeeLink())
    return (first,) + tuple(first.__copy__() for _ in range(n - 1))


def zip_longest(*iterables, fillvalue=None):
    return _zip_longest([iter(iterable) for iterable in iterables], fillvalue)


def _zip_longest(iterators, fillvalue):
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for position, iterator in enumerate(iterators):
            if iterator is None:
                values.append(fillvalue)
                continue
            try:
                values.append(next(iterator))
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[position] = None
                values.append(fillvalue)
        yield tuple(values)


def product(*iterables, repeat=1):
    if not isinstance(repeat, int):
        raise TypeError(f"'{type(repeat).__name__}' object cannot be interpreted as an integer")
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(iterable) for iterable in iterables] * repeat
    return _product(pools)


def _product(pools):
    if any(not pool for pool in pools):
        return
    width = len(pools)
    indices = [0] * width
    current = [pool[0] for pool in pools]
    while True:
        yield tuple(current)
        position = width - 1
        while position >= 0:
            indices[position] += 1
            if indices[position] < len(pools[position]):
                current[position] = pools[position][indices[position]]
                break
            indices[position] = 0
            current[position] = pools[position][0]
            position -= 1
        if position < 0:
            return


def _checked_length(r, default):
    if r is None:
        return default
    if not isinstance(r, int):
        raise TypeError("Expected int as r")
    if r < 0:
        raise ValueError("r must be non-negative")
    return r


def permutations(iterable, r=None):
    pool = tuple(iterable)
    return _permutations(pool, _checked_length(r, len(pool)))


def _permutations(pool, r):
    size = len(pool)
    if r > size:
        return
    current = list(range(r))
    while True:
        yield tuple([pool[index] for index in current])
        used = set(current)
        position = r - 1
        replacement = None
        while position >= 0:
            used.discard(current[position])
            for candidate in range(current[position] + 1, size):
                if candidate not in used:
                    replacement = candidate
                    break
            if replacement is not None:
                break
            position -= 1
        if position < 0:
            return
        current[position] = replacement
        used.add(replacement)
        unused = [index for index in range(size) if index not in used]
        current[position + 1:] = unused[:r - position - 1]


def _required_length(r):
    if not isinstance(r, int):
        raise TypeError(f"'{type(r).__name__}' object cannot be interpreted as an integer")
    if r < 0:
        raise ValueError("r must be non-negative")
    return r


def combinations(iterable, r):
    pool = tuple(iterable)
    return _combinations(pool, _required_length(r))


def _combinations(pool, r):
    size = len(pool)
    if r > size:
        return
    current = list(range(r))
    while True:
        yield tuple([pool[index] for index in current])
        position = r - 1
        while position >= 0 and current[position] == size - r + position:
            position -= 1
        if position < 0:
            return
        current[position] += 1
        for later in range(position + 1, r):
            current[later] = current[later - 1] + 1


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    return _combinations_with_replacement(pool, _required_length(r))


def _combinations_with_replacement(pool, r):
    size = len(pool)
    if not size and r:
        return
    current = [0] * r
    while True:
        yield tuple([pool[index] for index in current])
        position = r - 1
        while position >= 0 and current[position] == size - 1:
            position -= 1
        if position < 0:
            return
        current[position:] = [current[position] + 1] * (r - position)
