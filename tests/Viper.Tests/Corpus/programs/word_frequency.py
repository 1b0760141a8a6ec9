# Word frequency counter over a text, using dicts and the allowed str methods.
TEXT = ('It was the best of times, it was the worst of times,\n' +
        'it was the age of wisdom, it was the age of foolishness,\n' +
        'it was the epoch of belief, it was the epoch of incredulity,\n' +
        'it was the season of Light, it was the season of Darkness.')

def normalize(word):
    return word.strip('.,;:!?"').lower()

counts = {}
order = []
for line in TEXT.split('\n'):
    for raw in line.split():
        w = normalize(raw)
        if w == '':
            continue
        if w not in counts:
            counts[w] = 0
            order.append(w)
        counts[w] += 1

print(len(order), 'distinct words')
print(counts)

remaining = {}
for w, c in counts.items():
    remaining[w] = c
rank = 1
while len(remaining) > 0 and rank <= 6:
    best = None
    for w in remaining:
        if best is None or remaining[w] > remaining[best] or (remaining[w] == remaining[best] and w < best):
            best = w
    print(rank, best, remaining[best])
    del remaining[best]
    rank += 1

by_length = {}
for w in order:
    n = len(w)
    if n not in by_length:
        by_length[n] = []
    by_length[n].append(w)
for n in range(1, 15):
    if n in by_length:
        print(n, ' '.join(by_length[n]))
print(TEXT.find('wisdom'), TEXT.replace('it was', 'IT WAS', 2).split('\n')[0])
