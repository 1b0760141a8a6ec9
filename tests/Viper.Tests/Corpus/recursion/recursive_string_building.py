def reverse(s, i):
    if i < 0:
        return ''
    return s[i] + reverse(s, i - 1)

def to_binary(n):
    if n < 2:
        return str(n)
    return to_binary(n // 2) + str(n % 2)

def hanoi(n, src, dst, via, moves):
    if n == 0:
        return moves
    hanoi(n - 1, src, via, dst, moves)
    moves.append(src + dst)
    hanoi(n - 1, via, dst, src, moves)
    return moves

print(reverse('recursion', 8))
print(to_binary(10), to_binary(2 ** 70 + 1))
m = hanoi(4, 'A', 'C', 'B', [])
print(len(m), ' '.join(m))
