using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Viper.Runtime.Values;

namespace Viper.Runtime.Objects;

/// <summary>A Python list: a growable array of values. The VM indexes <see cref="Items"/> directly.</summary>
public sealed class PyList : PyObject
{
    private Value[] _items;

    public PyList()
        : this(4)
    {
    }

    public PyList(int capacity)
        : base(PyType.List) => _items = capacity == 0 ? [] : new Value[capacity];

    public PyList(ReadOnlySpan<Value> items)
        : base(PyType.List)
    {
        _items = items.ToArray();
        Count = items.Length;
    }

    private PyList(Value[] items, int count)
        : base(PyType.List)
    {
        _items = items;
        Count = count;
    }

    public int Count { get; private set; }

    /// <summary>A list that takes <paramref name="items"/> as its storage, without copying; the caller must not keep using the array.</summary>
    public static PyList Adopt(Value[] items) => new(items, items.Length);

    /// <summary>The live items; valid until the next mutation of the list.</summary>
    public Span<Value> Items => _items.AsSpan(0, Count);

    public ref Value this[int index] => ref _items[index];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(Value value)
    {
        if (Count == _items.Length)
        {
            Grow(Count + 1);
        }

        _items[Count++] = value;
    }

    public void AddRange(ReadOnlySpan<Value> values)
    {
        if (Count + values.Length > _items.Length)
        {
            Grow(Count + values.Length);
        }

        ValueCopy.Copy(values, _items.AsSpan(Count));
        Count += values.Length;
    }

    public void Insert(int index, Value value)
    {
        if (Count == _items.Length)
        {
            Grow(Count + 1);
        }

        Array.Copy(_items, index, _items, index + 1, Count - index);
        _items[index] = value;
        Count++;
    }

    public Value RemoveAt(int index)
    {
        var value = _items[index];
        Count--;
        Array.Copy(_items, index + 1, _items, index, Count - index);
        _items[Count] = default;
        return value;
    }

    public void Clear()
    {
        Array.Clear(_items, 0, Count);
        Count = 0;
    }

    /// <summary>Replaces the items wholesale (slice assignment, sort, in-place repeat).</summary>
    public void SetItems(ReadOnlySpan<Value> values)
    {
        var fresh = new Value[Math.Max(values.Length, 4)];
        values.CopyTo(fresh);
        _items = fresh;
        Count = values.Length;
    }

    public Value[] ToArray() => Items.ToArray();

    private void Grow(int needed)
    {
        var capacity = Math.Max(needed, Math.Max(4, _items.Length * 2));
        Array.Resize(ref _items, capacity);
    }

    public ref Value GetReference(int index) => ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_items), index);
}
