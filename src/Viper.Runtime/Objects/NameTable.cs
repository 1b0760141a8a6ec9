using Viper.Runtime.Values;

namespace Viper.Runtime.Objects;

/// <summary>
/// Names to values in insertion order, as a type's namespace and its lookup caches keep them (a
/// name removed and added again goes to the end, as in CPython's class dicts).
/// </summary>
/// <remarks>
/// Its own hash table rather than <c>Dictionary&lt;string, Value&gt;</c>: ReadyToRun cannot
/// precompile the framework's generic code instantiated over Viper's <see cref="Value"/> struct, so
/// every start JIT-compiled ten of the dictionary's methods while installing the builtin types.
/// </remarks>
internal sealed class NameTable
{
    private struct Entry
    {
        public string? Name;
        public Value Value;
        public uint Hash;

        /// <summary>One more than the index of the next entry in this entry's bucket; 0 ends the chain.</summary>
        public int Next;
    }

    /// <summary>One more than the index of each bucket's first entry; 0 for an empty bucket. A power of two long.</summary>
    private int[] _buckets = new int[8];
    private Entry[] _entries = new Entry[8];

    /// <summary>Entries in use, removed ones included; new entries go at this index.</summary>
    private int _used;

    public int Count { get; private set; }

    public bool ContainsKey(string name) => Find(name, HashOf(name)) >= 0;

    public bool TryGetValue(string name, out Value value)
    {
        var index = Find(name, HashOf(name));
        if (index < 0)
        {
            value = default;
            return false;
        }

        value = _entries[index].Value;
        return true;
    }

    public void Set(string name, Value value)
    {
        var hash = HashOf(name);
        var index = Find(name, hash);
        if (index >= 0)
        {
            _entries[index].Value = value;
            return;
        }

        if (_used == _entries.Length)
        {
            Grow();
        }

        ref var bucket = ref _buckets[(int)(hash & (uint)(_buckets.Length - 1))];
        _entries[_used] = new Entry { Name = name, Value = value, Hash = hash, Next = bucket };
        bucket = ++_used;
        Count++;
    }

    public bool Remove(string name)
    {
        var hash = HashOf(name);
        ref var link = ref _buckets[(int)(hash & (uint)(_buckets.Length - 1))];
        while (link != 0)
        {
            ref var entry = ref _entries[link - 1];
            if (entry.Hash == hash && string.Equals(entry.Name, name))
            {
                link = entry.Next;
                entry = default;
                Count--;
                return true;
            }

            link = ref entry.Next;
        }

        return false;
    }

    /// <summary>The entries in insertion order.</summary>
    public IEnumerable<KeyValuePair<string, Value>> Items()
    {
        for (var i = 0; i < _used; i++)
        {
            var entry = _entries[i];
            if (entry.Name is not null)
            {
                yield return new KeyValuePair<string, Value>(entry.Name, entry.Value);
            }
        }
    }

    /// <summary>
    /// The live entries' names and values in insertion order, copied into plain arrays (ReadyToRun
    /// cannot precompile a List or KeyValuePair over <see cref="Value"/>; each was JIT-compiled).
    /// </summary>
    public (string[] Names, Value[] Values) Snapshot()
    {
        var names = new string[Count];
        var values = new Value[Count];
        var next = 0;
        for (var i = 0; i < _used; i++)
        {
            if (_entries[i].Name is { } name)
            {
                names[next] = name;
                values[next++] = _entries[i].Value;
            }
        }

        return (names, values);
    }

    private int Find(string name, uint hash)
    {
        var entries = _entries;
        var next = _buckets[(int)(hash & (uint)(_buckets.Length - 1))];
        while (next != 0)
        {
            ref var entry = ref entries[next - 1];
            if (entry.Hash == hash && (ReferenceEquals(entry.Name, name) || string.Equals(entry.Name, name)))
            {
                return next - 1;
            }

            next = entry.Next;
        }

        return -1;
    }

    /// <summary>Doubles the table (when more than half the entries are live), dropping removed entries and keeping the order.</summary>
    private void Grow()
    {
        var capacity = Count * 2 > _entries.Length ? _entries.Length * 2 : _entries.Length;
        var entries = new Entry[capacity];
        var buckets = new int[capacity];
        var used = 0;
        for (var i = 0; i < _used; i++)
        {
            ref var entry = ref _entries[i];
            if (entry.Name is null)
            {
                continue;
            }

            ref var bucket = ref buckets[(int)(entry.Hash & (uint)(capacity - 1))];
            entries[used] = entry;
            entries[used].Next = bucket;
            bucket = ++used;
        }

        _entries = entries;
        _buckets = buckets;
        _used = used;
    }

    /// <summary>FNV-1a over the name's characters: names are short, and the same in every process run.</summary>
    private static uint HashOf(string name)
    {
        var hash = 2166136261u;
        foreach (var c in name)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
