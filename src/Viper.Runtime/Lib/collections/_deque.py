"""collections.deque: a ring buffer in a list, so both ends grow and shrink in amortized O(1)."""

_repr_in_progress = set()


def _as_index(value):
    if isinstance(value, int):
        return int(value)
    index_method = getattr(type(value), "__index__", None)
    if index_method is None:
        raise TypeError(f"sequence index must be integer, not '{type(value).__name__}'")
    return index_method(value)


class deque:
    """A double-ended queue; with a maxlen, adding at one end drops items from the other.

    The items are two lists back to back: the left part stored reversed (its end is the deque's
    first item) and the right part in order, so both ends are a list's cheap end. When one side
    runs dry, half of the other side moves over, which keeps every operation amortized O(1).
    """

    __module__ = "collections"
    __slots__ = ("_left", "_right", "_maxlen", "_state")

    def __new__(cls, *args, **kwargs):
        self = super().__new__(cls)
        self._left = []
        self._right = []
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
        if self._left or self._right:
            self.clear()
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def append(self, item):
        self._state += 1
        maxlen = self._maxlen
        if maxlen is not None and len(self._left) + len(self._right) >= maxlen:
            if maxlen == 0:
                return
            self._take_left()
        self._right.append(item)

    def appendleft(self, item):
        self._state += 1
        maxlen = self._maxlen
        if maxlen is not None and len(self._left) + len(self._right) >= maxlen:
            if maxlen == 0:
                return
            self._take_right()
        self._left.append(item)

    def _take_left(self):
        left = self._left
        if not left:
            _move_half(self._right, left)
        return left.pop()

    def _take_right(self):
        right = self._right
        if not right:
            _move_half(self._left, right)
        return right.pop()

    def pop(self):
        self._state += 1
        return self._take_right()

    def popleft(self):
        self._state += 1
        return self._take_left()

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        if self._maxlen is None:
            self._state += 1
            self._right.extend(iterable)
            return
        for item in iterable:
            self.append(item)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        if self._maxlen is None:
            self._state += 1
            self._left.extend(iterable)
            return
        for item in iterable:
            self.appendleft(item)

    def clear(self):
        self._state += 1
        self._left = []
        self._right = []

    def _items(self):
        return self._left[::-1] + self._right

    def _replace_items(self, items):
        self._state += 1
        self._left = []
        self._right = items

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
        for item in self._items():
            if item == value:
                total += 1
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        return total

    def index(self, value, start=0, stop=None):
        items = self._items()
        size = len(items)
        start = _as_index(start)
        if start < 0:
            start = max(start + size, 0)
        stop = size if stop is None else _as_index(stop)
        if stop < 0:
            stop += size
        stop = min(stop, size)
        state = self._state
        for index in range(start, stop):
            if items[index] == value:
                return index
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        raise ValueError(f"{value!r} is not in deque")

    def insert(self, index, value):
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        items = self._items()
        items.insert(_as_index(index), value)
        self._replace_items(items)

    def remove(self, value):
        items = self._items()
        for index in range(len(items)):
            if items[index] == value:
                del items[index]
                self._replace_items(items)
                return
        raise ValueError(f"{value!r} is not in deque")

    def reverse(self):
        self._state += 1
        self._left, self._right = self._right, self._left

    def rotate(self, steps=1):
        size = len(self)
        steps = _as_index(steps)
        if size <= 1:
            return
        steps %= size
        self._state += 1
        if steps > size // 2:
            for _ in range(size - steps):
                self._right.append(self._take_left())
        else:
            for _ in range(steps):
                self._left.append(self._take_right())

    def _checked_index(self, index):
        index = _as_index(index)
        size = len(self._left) + len(self._right)
        if index < 0:
            index += size
        if not 0 <= index < size:
            raise IndexError("deque index out of range")
        return index

    def __getitem__(self, index):
        index = self._checked_index(index)
        left = self._left
        if index < len(left):
            return left[len(left) - 1 - index]
        return self._right[index - len(left)]

    def __setitem__(self, index, value):
        index = self._checked_index(index)
        left = self._left
        if index < len(left):
            left[len(left) - 1 - index] = value
        else:
            self._right[index - len(left)] = value

    def __delitem__(self, index):
        index = self._checked_index(index)
        items = self._items()
        del items[index]
        self._replace_items(items)

    def __len__(self):
        return len(self._left) + len(self._right)

    def __bool__(self):
        return bool(self._left) or bool(self._right)

    def __iter__(self):
        return _checked_iteration(self, self._items())

    def __reversed__(self):
        items = self._items()
        items.reverse()
        return _checked_iteration(self, items)

    def __contains__(self, value):
        state = self._state
        for item in self._items():
            if item == value:
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
            items = repr(self._items())
        finally:
            _repr_in_progress.discard(id(self))
        if self._maxlen is None:
            return f"{name}({items})"
        return f"{name}({items}, maxlen={self._maxlen})"

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() == other._items()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() != other._items()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() < other._items()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() <= other._items()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() > other._items()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() >= other._items()

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
        items = self._items()
        for _ in range(times - 1):
            self.extend(items)
        return self


def _move_half(source, empty_side):
    """Refills the side that ran dry with the half of the other side nearest the deque's middle."""
    if not source:
        raise IndexError("pop from an empty deque")
    half = (len(source) + 1) // 2
    empty_side.extend(reversed(source[:half]))
    del source[:half]


def _checked_iteration(owner, items):
    state = owner._state
    for item in items:
        if state != owner._state:
            raise RuntimeError("deque mutated during iteration")
        yield item
    if state != owner._state:
        raise RuntimeError("deque mutated during iteration")
