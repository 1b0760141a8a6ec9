using Viper.Runtime.Errors;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Objects;

/// <summary>
/// A set or frozenset, laid out as CPython lays its sets out: an open-addressing table probed
/// linearly nine slots at a time, then by perturbation, with the same sizes, fill limits and
/// resizes, so that iteration order (table order) is CPython's wherever the hashes are.
/// </summary>
public sealed class PySet : PyObject
{
    private const int MinSize = 8;
    private const int LinearProbes = 9;
    private const int PerturbShift = 5;

    /// <summary>A removed entry's hash; its key is <see cref="Dummy"/>.</summary>
    private const long DummyHash = -1;

    private static readonly object Dummy = new();

    private Entry[] _table = new Entry[MinSize];
    private int _fill;
    private int _finger;

    public PySet(PyType type)
        : base(type)
    {
    }

    /// <summary>Walks a table snapshot: a set resized meanwhile is not seen, as with the old iterator.</summary>
    public struct EntryEnumerator
    {
        private readonly Entry[] _table;
        private int _index;

        internal EntryEnumerator(Entry[] table)
        {
            _table = table;
            _index = -1;
        }

        public readonly (Value Key, long Hash) Current => (_table[_index].Key, _table[_index].Hash);

        public readonly EntryEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            while (++_index < _table.Length)
            {
                if (_table[_index].IsActive)
                {
                    return true;
                }
            }

            return false;
        }
    }

    internal struct Entry
    {
        public Value Key;
        public long Hash;

        public readonly bool IsActive => Key.Ref is not null && !ReferenceEquals(Key.Ref, Dummy);
    }

    /// <summary>A frozenset, or an instance of a class derived from frozenset.</summary>
    public bool IsFrozen => ReferenceEquals(Type, PyType.FrozenSet) || (!Type.IsBuiltin && Type.IsSubtypeOf(PyType.FrozenSet));

    /// <summary>set or frozenset, whichever this is or derives from: the type of what the set operators and copies make from it.</summary>
    public PyType BaseType => IsFrozen ? PyType.FrozenSet : PyType.Set;

    public int Count { get; private set; }

    private int Mask => _table.Length - 1;

    /// <summary>
    /// Active keys with their hashes, in table order (the order iteration shows). A struct
    /// enumerator: set algebra walks a set per operation, and a compiler-generated iterator cost an
    /// allocation and two interface calls per key there.
    /// </summary>
    public EntryEnumerator Entries() => new(_table);

    /// <summary>The keys alone, in table order, as an array.</summary>
    public Value[] KeysToArray()
    {
        var keys = new Value[Count];
        var n = 0;
        foreach (var (key, _) in Entries())
        {
            keys[n++] = key;
        }

        return keys;
    }

    /// <summary>The key at a table position at or after <paramref name="position"/>, for iterators.</summary>
    public bool TryNextFrom(ref int position, out Value key)
    {
        while (position < _table.Length)
        {
            var entry = _table[position++];
            if (entry.IsActive)
            {
                key = entry.Key;
                return true;
            }
        }

        key = default;
        return false;
    }

    public void Add(Value key) => Add(key, Hashing.Hash(key));

    public void Add(Value key, long hash)
    {
        while (true)
        {
            var mask = (ulong)Mask;
            var i = (ulong)hash & mask;
            var perturb = (ulong)hash;
            var freeSlot = -1;
            var table = _table;
            while (true)
            {
                var probes = i + LinearProbes <= mask ? LinearProbes : 0;
                for (var j = 0; j <= probes; j++)
                {
                    ref var entry = ref table[(int)i + j];
                    if (entry.Key.Ref is null)
                    {
                        Insert(freeSlot >= 0 ? freeSlot : (int)i + j, key, hash, reusesDummy: freeSlot >= 0);
                        return;
                    }

                    if (entry.Hash == hash && !ReferenceEquals(entry.Key.Ref, Dummy))
                    {
                        if (KeysEqual(entry.Key, key))
                        {
                            return;
                        }

                        if (table != _table)
                        {
                            goto Restart;
                        }
                    }
                    else if (entry.Hash == DummyHash && ReferenceEquals(entry.Key.Ref, Dummy))
                    {
                        // CPython keeps the last removed slot seen, not the first.
                        freeSlot = (int)i + j;
                    }
                }

                perturb >>= PerturbShift;
                i = ((i * 5) + 1 + perturb) & mask;
            }

        Restart:
            continue;
        }
    }

    public bool Contains(Value key) => Find(key, Hashing.Hash(key)) >= 0;

    /// <summary>
    /// <c>key in s</c> as CPython's set answers it: a key that is itself a set, and so cannot be
    /// hashed, is looked for as the frozenset of its items (<c>{1} in {frozenset({1})}</c>).
    /// <c>remove</c> and <c>discard</c> do the same (<see cref="DiscardMember"/>); adding does not.
    /// </summary>
    public bool ContainsMember(Value key) => Contains(MemberKey(key));

    /// <summary><c>s.discard(key)</c>, with <see cref="ContainsMember"/>'s look for a set key.</summary>
    public bool DiscardMember(Value key) => Discard(MemberKey(key));

    private static Value MemberKey(Value key) =>
        key.Ref is PySet set && set.Type.IsSubtypeOf(PyType.Set) ? Value.FromObject(SetAlgebra.Copy(set, PyType.FrozenSet)) : key;

    public bool Contains(Value key, long hash) => Find(key, hash) >= 0;

    /// <summary>Removes a key; false when it was not there.</summary>
    public bool Discard(Value key) => Discard(key, Hashing.Hash(key));

    public bool Discard(Value key, long hash)
    {
        var found = Find(key, hash);
        if (found < 0)
        {
            return false;
        }

        _table[found] = new Entry { Key = new Value { Ref = Dummy }, Hash = DummyHash };
        Count--;
        return true;
    }

    /// <summary><c>set.pop()</c>: the first active entry from where the last pop stopped.</summary>
    public Value Pop()
    {
        if (Count == 0)
        {
            throw PyErrors.New(ExceptionTypes.KeyError, "pop from an empty set");
        }

        var i = _finger & Mask;
        while (!_table[i].IsActive)
        {
            i = (i + 1) & Mask;
        }

        var key = _table[i].Key;
        _table[i] = new Entry { Key = new Value { Ref = Dummy }, Hash = DummyHash };
        Count--;
        _finger = i + 1;
        return key;
    }

    public void Clear()
    {
        _table = new Entry[MinSize];
        _fill = 0;
        Count = 0;
    }

    /// <summary>Adds every key of another set (CPython's set_merge, which may copy the table as it is).</summary>
    public void Merge(PySet other)
    {
        if (ReferenceEquals(other, this) || other.Count == 0)
        {
            return;
        }

        if ((_fill + other.Count) * 5 >= Mask * 3)
        {
            Resize((Count + other.Count) * 2);
        }

        if (_fill == 0 && Mask == other.Mask && other._fill == other.Count)
        {
            other._table.CopyTo(_table, 0);
            _fill = other._fill;
            Count = other.Count;
            return;
        }

        if (_fill == 0)
        {
            foreach (var entry in other._table)
            {
                if (entry.IsActive)
                {
                    InsertClean(_table, entry.Key, entry.Hash);
                }
            }

            _fill = Count = other.Count;
            return;
        }

        foreach (var (key, hash) in other.Entries())
        {
            Add(key, hash);
        }
    }

    /// <summary>Resizes away the dummies once they are more than a quarter of the table (after a difference update).</summary>
    public void CompactIfSparse()
    {
        if (_fill - Count > Mask / 4)
        {
            Resize(Count > 50000 ? Count * 2 : Count * 4);
        }
    }

    /// <summary>Presizes for adding <paramref name="incoming"/> keys from a dict, as CPython does.</summary>
    public void ReserveForDict(int incoming)
    {
        if ((_fill + incoming) * 5 >= Mask * 3)
        {
            Resize((Count + incoming) * 2);
        }
    }

    /// <summary>Exchanges contents with another set (in-place intersection builds a new table, then swaps).</summary>
    public void TakeContents(PySet other)
    {
        _table = other._table;
        _fill = other._fill;
        Count = other.Count;
        _finger = other._finger;
    }

    /// <summary>CPython's frozenset hash: every slot's hash shuffled and combined, so equal sets hash alike.</summary>
    public long FrozenHash()
    {
        static ulong Shuffle(ulong h) => ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;

        ulong hash = 0;
        foreach (var entry in _table)
        {
            hash ^= Shuffle((ulong)(entry.Key.Ref is null ? 0 : entry.Hash));
        }

        if (((_table.Length - _fill) & 1) != 0)
        {
            hash ^= Shuffle(0);
        }

        if (((_fill - Count) & 1) != 0)
        {
            hash ^= Shuffle(unchecked((ulong)-1L));
        }

        hash ^= ((ulong)Count + 1) * 1927868237UL;
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = (hash * 69069U) + 907133923UL;
        return hash == ulong.MaxValue ? 590923713L : (long)hash;
    }

    private int Find(Value key, long hash)
    {
        var table = _table;
        var mask = (ulong)(table.Length - 1);
        var i = (ulong)hash & mask;
        var perturb = (ulong)hash;
        while (true)
        {
            var probes = i + LinearProbes <= mask ? LinearProbes : 0;
            for (var j = 0; j <= probes; j++)
            {
                ref var entry = ref table[(int)i + j];
                if (entry.Key.Ref is null)
                {
                    return -1;
                }

                if (entry.Hash == hash && !ReferenceEquals(entry.Key.Ref, Dummy) && KeysEqual(entry.Key, key))
                {
                    return (int)i + j;
                }
            }

            perturb >>= PerturbShift;
            i = ((i * 5) + 1 + perturb) & mask;
        }
    }

    private static bool KeysEqual(Value stored, Value key) => stored.Is(key) || Comparison.Equal(stored, key);

    private void Insert(int slot, Value key, long hash, bool reusesDummy)
    {
        _table[slot] = new Entry { Key = key, Hash = hash };
        Count++;
        if (reusesDummy)
        {
            return;
        }

        _fill++;
        if (_fill * 5 >= Mask * 3)
        {
            Resize(Count > 50000 ? Count * 2 : Count * 4);
        }
    }

    private void Resize(int minUsed)
    {
        var size = MinSize;
        while (size <= minUsed)
        {
            size <<= 1;
        }

        var old = _table;
        var fresh = new Entry[size];
        foreach (var entry in old)
        {
            if (entry.IsActive)
            {
                InsertClean(fresh, entry.Key, entry.Hash);
            }
        }

        _table = fresh;
        _fill = Count;
    }

    /// <summary>Inserts into a table known to hold neither the key nor dummies.</summary>
    private static void InsertClean(Entry[] table, Value key, long hash)
    {
        var mask = (ulong)(table.Length - 1);
        var i = (ulong)hash & mask;
        var perturb = (ulong)hash;
        while (true)
        {
            if (table[(int)i].Key.Ref is null)
            {
                table[(int)i] = new Entry { Key = key, Hash = hash };
                return;
            }

            if (i + LinearProbes <= mask)
            {
                for (var j = 1; j <= LinearProbes; j++)
                {
                    if (table[(int)i + j].Key.Ref is null)
                    {
                        table[(int)i + j] = new Entry { Key = key, Hash = hash };
                        return;
                    }
                }
            }

            perturb >>= PerturbShift;
            i = ((i * 5) + 1 + perturb) & mask;
        }
    }
}
