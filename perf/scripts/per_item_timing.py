# Timing shared by the scripts that report a cost per item: the best of many passes of a function
# over a list, in ns per item.
import time


def best_of(run, items, passes):
    """The fastest of `passes` calls of run(items), in ns per item of items."""
    best = None
    for _ in range(passes):
        started = time.perf_counter()
        run(items)
        elapsed = time.perf_counter() - started
        best = elapsed if best is None else min(best, elapsed)
    return best / len(items) * 1e9
