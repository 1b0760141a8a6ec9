# itertools: the infinite, terminating and combinatoric iterators, item for item, with their errors.
import itertools
from itertools import (
    accumulate, chain, combinations, combinations_with_replacement, compress, count, cycle, dropwhile,
    filterfalse, groupby, islice, pairwise, permutations, product, repeat, starmap, takewhile, tee, zip_longest,
)
import operator

counter = count(5)
print(next(counter), next(counter), counter, count(), count(1, 2), count(1.5, 0.5), count(0, 1.0))
print(list(islice(count(10, -3), 4)), list(islice(count(0.5, 0.25), 3)), list(zip(count(), "abc")))
print(list(islice(cycle("abc"), 8)), list(cycle([])), repeat("x", 3), list(repeat("x", 3)), list(repeat(1, -2)))
spinner = repeat(7, 2)
next(spinner)
print(spinner, list(spinner), list(map(pow, range(4), repeat(2))), repeat(None))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([], initial=5)))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2], initial=100)), list(accumulate("abc")), list(accumulate([])))
print(list(chain("ab", [1, 2], ())), list(chain()), list(chain.from_iterable(["xy", "z"])), list(chain.from_iterable([])))
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(compress("abc", [1])), list(compress("a", [1, 1, 1])))
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 1, 4])), list(takewhile(lambda x: x < 3, [1, 2, 3, 1, 4])))
print(list(filterfalse(lambda x: x % 2, range(7))), list(filterfalse(None, [0, 1, "", "a", None, []])))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(pairwise("abcd")), list(pairwise("a")), list(pairwise([])))
print(list(zip_longest("abc", [1])), list(zip_longest("ab", "wxyz", fillvalue="-")), list(zip_longest()))

print([(key, list(group)) for key, group in groupby("aaabccdaa")])
print([(key, list(group)) for key, group in groupby([1, 3, 5, 2, 4, 7], key=lambda n: n % 2)])
print([key for key, _ in groupby([])], [key for key, _ in groupby("aabbbc")])
groups = groupby("aabbc")
_, first = next(groups)
_, second = next(groups)
print(list(first), list(second), [(k, "".join(g)) for k, g in groupby(sorted("banana"))])

print(list(islice("abcdefg", 3)), list(islice("abcdefg", 2, 5)), list(islice("abcdefg", 1, None, 2)), list(islice("abc", None)))
print(list(islice("abcdefg", 0, 6, 4)), list(islice("abc", 5, 10)), list(islice(range(10), 2, None)))
source = iter(range(10))
print(list(islice(source, 3)), next(source), list(islice(source, 1, 3)), next(source))
source = iter(range(10))
print(list(islice(source, 0, 5, 2)), next(source))

a, b = tee([1, 2, 3])
print(next(a), list(b), list(a), tee("x", 0), [list(t) for t in tee("abc", 3)])
left, right = tee(count())
print([next(left) for _ in range(3)], next(right))

print(list(product("ab", [1, 2])), list(product([0, 1], repeat=2)), list(product()), list(product("ab", [])))
print(list(product("ab", "c", repeat=2)), list(product(range(2), repeat=0)))
print(list(permutations("abc")), list(permutations("abc", 2)), list(permutations([])), list(permutations("ab", 3)))
print(list(permutations(range(4), 0)), len(list(permutations(range(6)))), list(permutations(range(5), 3))[-4:])
print(list(combinations("abcd", 2)), list(combinations("abc", 0)), list(combinations("ab", 3)), list(combinations([], 0)))
print(list(combinations(range(5), 3)), len(list(combinations(range(10), 4))))
print(list(combinations_with_replacement("abc", 2)), list(combinations_with_replacement([], 2)), list(combinations_with_replacement([], 0)))
print(list(combinations_with_replacement(range(3), 3)))

for attempt in [
    lambda: islice("abc", -1),
    lambda: islice("abc", "x"),
    lambda: islice("abc", 0, -1),
    lambda: islice("abc", 0, -2),
    lambda: islice("abc", -1, 2),
    lambda: islice("abc", "a", 2),
    lambda: islice("abc", 0, 2, 0),
    lambda: islice("abc", 0, 2, "x"),
    lambda: islice("abc"),
    lambda: islice("abc", 1, 2, 3, 4),
    lambda: islice(5, 1),
    lambda: count("a"),
    lambda: permutations("ab", -1),
    lambda: permutations("ab", "x"),
    lambda: combinations("ab", -1),
    lambda: combinations("ab", None),
    lambda: combinations_with_replacement("ab", -2),
    lambda: product("ab", repeat=-1),
    lambda: tee("ab", -1),
    lambda: list(chain(1)),
    lambda: zip_longest("a", 1),
    lambda: cycle(5),
    lambda: list(accumulate(["a", 1])),
]:
    try:
        attempt()
    except (ValueError, TypeError) as error:
        print(type(error).__name__, error)
