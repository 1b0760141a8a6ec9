"""Min-heaps in plain lists, written for Viper.

Elements move exactly as in CPython's heapq (a sift to a leaf along the smaller children, then back
up), so heaps of elements that compare equal end up in the same order.
"""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge", "nlargest", "nsmallest", "heappushpop"]


def _check_list(heap, function_name, argument="argument 1"):
    if not isinstance(heap, list):
        given = "None" if heap is None else type(heap).__name__
        raise TypeError(f"{function_name}() {argument} must be list, not {given}")


def _sift_toward_root(heap, root, position):
    item = heap[position]
    while position > root:
        parent = (position - 1) >> 1
        parent_item = heap[parent]
        if item < parent_item:
            heap[position] = parent_item
            position = parent
        else:
            break
    heap[position] = item


def _sift_to_leaf(heap, position):
    end = len(heap)
    root = position
    item = heap[position]
    child = 2 * position + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[position] = heap[child]
        position = child
        child = 2 * position + 1
    heap[position] = item
    _sift_toward_root(heap, root, position)


def heappush(heap, item):
    _check_list(heap, "heappush")
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def heappop(heap):
    _check_list(heap, "heappop", "argument")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sift_to_leaf(heap, 0)
    return smallest


def heapreplace(heap, item):
    _check_list(heap, "heapreplace")
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sift_to_leaf(heap, 0)
    return smallest


def heappushpop(heap, item):
    _check_list(heap, "heappushpop")
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_to_leaf(heap, 0)
    return item


def heapify(heap):
    _check_list(heap, "heapify", "argument")
    for position in range(len(heap) // 2 - 1, -1, -1):
        _sift_to_leaf(heap, position)


def nsmallest(n, iterable, key=None):
    """The n smallest elements, as sorted(iterable, key=key)[:n] would give them."""
    return sorted(iterable, key=key)[:max(n, 0)]


def nlargest(n, iterable, key=None):
    """The n largest elements, as sorted(iterable, key=key, reverse=True)[:n] would give them."""
    return sorted(iterable, key=key, reverse=True)[:max(n, 0)]


def merge(*iterables, key=None, reverse=False):
    """Merges sorted iterables lazily; equal elements come out in the order of their iterables."""
    return _merge([iter(iterable) for iterable in iterables], key, reverse)


def _merge(iterators, key, reverse):
    heads = []
    for iterator in iterators:
        for value in iterator:
            heads.append([value if key is None else key(value), value, iterator])
            break
    while heads:
        best = 0
        for position in range(1, len(heads)):
            if (heads[best][0] < heads[position][0]) if reverse else (heads[position][0] < heads[best][0]):
                best = position
        head = heads[best]
        yield head[1]
        for value in head[2]:
            head[0] = value if key is None else key(value)
            head[1] = value
            break
        else:
            del heads[best]
