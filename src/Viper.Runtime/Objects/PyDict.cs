using Viper.Runtime.Errors;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Objects;

/// <summary>
/// An insertion-ordered hash table laid out as CPython's compact dict: entries in insertion order,
/// plus an open-addressing index of entry positions. <see cref="KeysVersion"/> changes whenever a
/// key is added or removed or entries move, so an inline cache holding an entry position stays
/// valid exactly while the version is unchanged (module globals are read this way).
/// </summary>
public sealed class PyDict : PyObject
{
    private const int Empty = -1;
    private const int Deleted = -2;

    private Entry[] _entries;
    private int[] _index;
    private int _used;

    public PyDict()
        : this(8)
    {
    }

    /// <summary>A dict with room for <paramref name="capacity"/> entries before it first grows (a power of two).</summary>
    public PyDict(int capacity)
        : base(PyType.Dict)
    {
        _entries = new Entry[capacity];
        _index = NewIndex(capacity * 2);
    }

    public struct Entry
    {
        public long Hash;
        public Value Key;
        public Value Value;
    }

    public int Count { get; private set; }

    public int KeysVersion { get; private set; }

    /// <summary>Entries in insertion order; removed ones have an unbound key.</summary>
    public ReadOnlySpan<Entry> RawEntries => _entries.AsSpan(0, _used);

    public ref Value ValueAt(int entryIndex) => ref _entries[entryIndex].Value;

    public Value KeyAt(int entryIndex) => _entries[entryIndex].Key;

    /// <summary>True when the entry at <paramref name="entryIndex"/> holds exactly this key object: an inline cache's position hint still holds.</summary>
    public bool HasKeyAt(int entryIndex, object key) => (uint)entryIndex < (uint)_used && ReferenceEquals(_entries[entryIndex].Key.Ref, key);

    public IEnumerable<(Value Key, Value Value)> Items()
    {
        var version = KeysVersion;
        for (var i = 0; i < _used; i++)
        {
            if (version != KeysVersion)
            {
                throw PyErrors.RuntimeError("dictionary changed size during iteration");
            }

            if (_entries[i].Key.IsBound)
            {
                yield return (_entries[i].Key, _entries[i].Value);
            }
        }
    }

    public bool TryGetValue(Value key, out Value value)
    {
        var found = Find(key, Hashing.Hash(key));
        value = found >= 0 ? _entries[found].Value : default;
        return found >= 0;
    }

    public bool TryGetValue(string key, out Value value)
    {
        var found = FindString(key);
        value = found >= 0 ? _entries[found].Value : default;
        return found >= 0;
    }

    public bool ContainsKey(Value key) => Find(key, Hashing.Hash(key)) >= 0;

    /// <summary>The entry position of a str key, or -1.</summary>
    public int FindString(string key)
    {
        var hash = Hashing.OfString(key);
        var mask = _index.Length - 1;
        var perturb = (ulong)hash;
        var slot = (int)(hash & mask);
        while (true)
        {
            var entry = _index[slot];
            if (entry == Empty)
            {
                return -1;
            }

            if (entry >= 0 && _entries[entry].Hash == hash && _entries[entry].Key.Ref is PyStr s && s.Value == key)
            {
                return entry;
            }

            perturb >>= 5;
            slot = (int)(((5 * (ulong)slot) + 1 + perturb) & (ulong)mask);
        }
    }

    public int Find(Value key, long hash)
    {
        var mask = _index.Length - 1;
        var perturb = (ulong)hash;
        var slot = (int)(hash & mask);
        while (true)
        {
            var entry = _index[slot];
            if (entry == Empty)
            {
                return -1;
            }

            if (entry >= 0 && _entries[entry].Hash == hash)
            {
                var candidate = _entries[entry].Key;
                if (candidate.Is(key) || Comparison.Equal(candidate, key))
                {
                    return entry;
                }
            }

            perturb >>= 5;
            slot = (int)(((5 * (ulong)slot) + 1 + perturb) & (ulong)mask);
        }
    }

    public void SetItem(Value key, Value value) => SetItem(key, Hashing.Hash(key), value);

    public void SetItem(string key, Value value) => SetItem(Value.FromString(key), value);

    /// <summary>Sets a value; returns the entry position it landed in.</summary>
    public int SetItem(Value key, long hash, Value value)
    {
        var found = Find(key, hash);
        if (found >= 0)
        {
            WatchedBindings.Store(ref _entries[found].Value, value);
            return found;
        }

        if ((_used + 1) * 3 >= _index.Length * 2 || _used == _entries.Length)
        {
            Resize(Math.Max(8, Count * 3));
        }

        var position = _used++;
        _entries[position] = new Entry { Hash = hash, Key = key, Value = value };
        InsertIndex(hash, position);
        Count++;
        KeysVersion++;
        return position;
    }

    public bool Remove(Value key, out Value removed)
    {
        var hash = Hashing.Hash(key);
        var mask = _index.Length - 1;
        var perturb = (ulong)hash;
        var slot = (int)(hash & mask);
        while (true)
        {
            var entry = _index[slot];
            if (entry == Empty)
            {
                removed = default;
                return false;
            }

            if (entry >= 0 && _entries[entry].Hash == hash
                && (_entries[entry].Key.Is(key) || Comparison.Equal(_entries[entry].Key, key)))
            {
                removed = _entries[entry].Value;
                _entries[entry] = default;
                _index[slot] = Deleted;
                Count--;
                KeysVersion++;
                WatchedBindings.Replaced(removed.Ref);
                return true;
            }

            perturb >>= 5;
            slot = (int)(((5 * (ulong)slot) + 1 + perturb) & (ulong)mask);
        }
    }

    public void Clear()
    {
        var cleared = _entries;
        var clearedUsed = _used;
        _entries = new Entry[8];
        _index = NewIndex(16);
        _used = 0;
        Count = 0;
        KeysVersion++;
        for (var i = 0; i < clearedUsed; i++)
        {
            WatchedBindings.Replaced(cleared[i].Value.Ref);
        }
    }

    private void InsertIndex(long hash, int position)
    {
        var mask = _index.Length - 1;
        var perturb = (ulong)hash;
        var slot = (int)(hash & mask);
        while (_index[slot] >= 0)
        {
            perturb >>= 5;
            slot = (int)(((5 * (ulong)slot) + 1 + perturb) & (ulong)mask);
        }

        _index[slot] = position;
    }

    /// <summary>Compacts the entries (dropping removed ones, keeping order) and rebuilds the index.</summary>
    private void Resize(int minimumEntries)
    {
        var indexSize = 16;
        while (indexSize * 2 < minimumEntries * 3)
        {
            indexSize *= 2;
        }

        var entries = new Entry[Math.Max(8, indexSize * 2 / 3)];
        var count = 0;
        for (var i = 0; i < _used; i++)
        {
            if (_entries[i].Key.IsBound)
            {
                entries[count++] = _entries[i];
            }
        }

        _entries = entries;
        _index = NewIndex(indexSize);
        _used = count;
        for (var i = 0; i < count; i++)
        {
            InsertIndex(_entries[i].Hash, i);
        }

        KeysVersion++;
    }

    /// <remarks>A loop, not <c>Array.Fill</c>: the framework's generic fill for ints is JIT-compiled at every start, and the first dict is made at start-up.</remarks>
    private static int[] NewIndex(int size)
    {
        var index = new int[size];
        for (var i = 0; i < index.Length; i++)
        {
            index[i] = Empty;
        }

        return index;
    }
}
