"""collections.deque: a ring buffer in a list, so both ends grow and shrink in amortized O(1)."""

_INITIAL_CAPACITY = 8
_repr_in_progress = set()


def _as_index(value):
    if isinstance(value, int):
        return int(value)
    index_method = getattr(type(value), "__index__", None)
    if index_method is None:
        raise TypeError(f"sequence index must be integer, not '{type(value).__name__}'")
    return index_method(value)


class deque:
    """A double-ended queue; with a maxlen, adding at one end drops items from the other."""

    __module__ = "collections"
    __slots__ = ("_buffer", "_head", "_size", "_maxlen", "_state")

    def __new__(cls, *args, **kwargs):
        self = super().__new__(cls)
        self._buffer = [None] * _INITIAL_CAPACITY
        self._head = 0
        self._size = 0
        self._maxlen = None
        self._state = 0
        return self

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        if self._size:
            self.clear()
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def _grow(self):
        capacity = len(self._buffer)
        mask = capacity - 1
        head = self._head
        buffer = self._buffer
        self._buffer = [buffer[(head + offset) & mask] for offset in range(self._size)] + [None] * (capacity * 2 - self._size)
        self._head = 0

    def _slot(self, index):
        return (self._head + index) & (len(self._buffer) - 1)

    def append(self, item):
        self._state += 1
        if self._maxlen is not None and self._size >= self._maxlen:
            if self._maxlen == 0:
                return
            self._drop_left()
        if self._size == len(self._buffer):
            self._grow()
        self._buffer[(self._head + self._size) & (len(self._buffer) - 1)] = item
        self._size += 1

    def appendleft(self, item):
        self._state += 1
        if self._maxlen is not None and self._size >= self._maxlen:
            if self._maxlen == 0:
                return
            self._drop_right()
        if self._size == len(self._buffer):
            self._grow()
        self._head = (self._head - 1) & (len(self._buffer) - 1)
        self._buffer[self._head] = item
        self._size += 1

    def _drop_left(self):
        item = self._buffer[self._head]
        self._buffer[self._head] = None
        self._head = (self._head + 1) & (len(self._buffer) - 1)
        self._size -= 1
        return item

    def _drop_right(self):
        self._size -= 1
        slot = (self._head + self._size) & (len(self._buffer) - 1)
        item = self._buffer[slot]
        self._buffer[slot] = None
        return item

    def pop(self):
        if not self._size:
            raise IndexError("pop from an empty deque")
        self._state += 1
        return self._drop_right()

    def popleft(self):
        if not self._size:
            raise IndexError("pop from an empty deque")
        self._state += 1
        return self._drop_left()

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for item in iterable:
            self.append(item)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for item in iterable:
            self.appendleft(item)

    def clear(self):
        self._state += 1
        self._buffer = [None] * _INITIAL_CAPACITY
        self._head = 0
        self._size = 0

    def _replace_items(self, items):
        self.clear()
        for item in items:
            self.append(item)

    def copy(self):
        if type(self) is deque:
            return deque(self, self._maxlen)
        if self._maxlen is None:
            return type(self)(self)
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def count(self, value):
        state = self._state
        total = 0
        for index in range(self._size):
            if self._buffer[self._slot(index)] == value:
                total += 1
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        return total

    def index(self, value, start=0, stop=None):
        size = self._size
        start = _as_index(start)
        if start < 0:
            start = max(start + size, 0)
        stop = size if stop is None else _as_index(stop)
        if stop < 0:
            stop += size
        stop = min(stop, size)
        state = self._state
        for index in range(start, stop):
            if self._buffer[self._slot(index)] == value:
                return index
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        raise ValueError(f"{value!r} is not in deque")

    def insert(self, index, value):
        if self._maxlen is not None and self._size >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        items = list(self)
        items.insert(_as_index(index), value)
        self._replace_items(items)

    def remove(self, value):
        for index in range(self._size):
            if self._buffer[self._slot(index)] == value:
                del self[index]
                return
        raise ValueError(f"{value!r} is not in deque")

    def reverse(self):
        items = list(self)
        items.reverse()
        for index in range(self._size):
            self._buffer[self._slot(index)] = items[index]
        self._state += 1

    def rotate(self, steps=1):
        size = self._size
        steps = _as_index(steps)
        if size <= 1:
            return
        steps %= size
        if steps > size // 2:
            for _ in range(size - steps):
                self.append(self._drop_left())
        else:
            for _ in range(steps):
                self.appendleft(self._drop_right())

    def _checked_index(self, index):
        index = _as_index(index)
        if index < 0:
            index += self._size
        if not 0 <= index < self._size:
            raise IndexError("deque index out of range")
        return index

    def __getitem__(self, index):
        return self._buffer[self._slot(self._checked_index(index))]

    def __setitem__(self, index, value):
        self._buffer[self._slot(self._checked_index(index))] = value

    def __delitem__(self, index):
        index = self._checked_index(index)
        items = list(self)
        del items[index]
        self._replace_items(items)

    def __len__(self):
        return self._size

    def __bool__(self):
        return self._size != 0

    def __iter__(self):
        state = self._state
        for index in range(self._size):
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
            yield self._buffer[(self._head + index) & (len(self._buffer) - 1)]
        if state != self._state:
            raise RuntimeError("deque mutated during iteration")

    def __reversed__(self):
        state = self._state
        for index in range(self._size - 1, -1, -1):
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
            yield self._buffer[(self._head + index) & (len(self._buffer) - 1)]
        if state != self._state:
            raise RuntimeError("deque mutated during iteration")

    def __contains__(self, value):
        state = self._state
        for index in range(self._size):
            if self._buffer[self._slot(index)] == value:
                return True
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        return False

    def __repr__(self):
        name = type(self).__name__
        if id(self) in _repr_in_progress:
            return "[...]"
        _repr_in_progress.add(id(self))
        try:
            items = repr(list(self))
        finally:
            _repr_in_progress.discard(id(self))
        if self._maxlen is None:
            return f"{name}({items})"
        return f"{name}({items}, maxlen={self._maxlen})"

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) == list(other)

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) != list(other)

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) < list(other)

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) <= list(other)

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) > list(other)

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) >= list(other)

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, times):
        result = self.copy()
        result *= times
        return result

    __rmul__ = __mul__

    def __imul__(self, times):
        times = _as_index(times)
        if times <= 0:
            self.clear()
            return self
        items = list(self)
        for _ in range(times - 1):
            self.extend(items)
        return self
