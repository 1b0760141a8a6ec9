using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Viper.Runtime.Values;

namespace Viper.Runtime.Objects;

/// <summary>
/// A Python list: a growable array of values. The VM indexes <see cref="Items"/> directly. The items
/// start at <see cref="_start"/>, which is not 0 only after items were removed nearer the front than
/// the back: removing or inserting moves the shorter side, so <c>pop(0)</c> and <c>insert(0, x)</c> on
/// a list used as a queue take constant time instead of moving every item (a 16-byte value moves
/// with a GC write barrier, twice CPython's bytes per pointer, so the shift cost more than CPython's).
/// </summary>
public sealed class PyList : PyObject
{
    /// <summary>The most items <see cref="Grow"/> copies one by one.</summary>
    private const int SmallCopy = 16;

    private Value[] _items;
    private int _start;

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
    public Span<Value> Items => _items.AsSpan(_start, Count);

    public ref Value this[int index] => ref _items[_start + index];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(Value value)
    {
        if (_start + Count == _items.Length)
        {
            Grow(Count + 1);
        }

        _items[_start + Count++] = value;
    }

    public void AddRange(ReadOnlySpan<Value> values)
    {
        if (_start + Count + values.Length > _items.Length)
        {
            Grow(Count + values.Length);
        }

        ValueCopy.Copy(values, _items.AsSpan(_start + Count));
        Count += values.Length;
    }

    public void Insert(int index, Value value)
    {
        if (_start > 0 && index < Count / 2)
        {
            // Room before the first item: the items before the index move one to the left.
            Array.Copy(_items, _start, _items, _start - 1, index);
            _start--;
        }
        else
        {
            if (_start + Count == _items.Length)
            {
                Grow(Count + 1);
            }

            Array.Copy(_items, _start + index, _items, _start + index + 1, Count - index);
        }

        _items[_start + index] = value;
        Count++;
    }

    public Value RemoveAt(int index)
    {
        var value = _items[_start + index];
        Count--;
        if (index < Count / 2)
        {
            // Nearer the front: the items before the index move one to the right, and the list starts one later.
            Array.Copy(_items, _start, _items, _start + 1, index);
            _items[_start] = default;
            _start++;
        }
        else
        {
            Array.Copy(_items, _start + index + 1, _items, _start + index, Count - index);
            _items[_start + Count] = default;
        }

        return value;
    }

    public void Clear()
    {
        Array.Clear(_items, _start, Count);
        Count = 0;
        _start = 0;
    }

    /// <summary>Replaces the items wholesale (slice assignment, sort, in-place repeat).</summary>
    public void SetItems(ReadOnlySpan<Value> values)
    {
        var fresh = new Value[Math.Max(values.Length, 4)];
        values.CopyTo(fresh);
        _items = fresh;
        _start = 0;
        Count = values.Length;
    }

    public Value[] ToArray() => Items.ToArray();

    /// <summary>A new array of the <paramref name="count"/> items from <paramref name="start"/>, which the caller has checked are in the list.</summary>
    public Value[] CopyRange(int start, int count)
    {
        if (count == 0)
        {
            return [];
        }

        var copy = new Value[count];
        Array.Copy(_items, _start + start, copy, 0, count);
        return copy;
    }

    /// <summary>
    /// Makes room for <paramref name="needed"/> items from the start of the array: in place when
    /// they fill at most half of it (the gap left by removals at the front is at least as long as
    /// the moved items were removed, so the move is paid for), else in an array twice as large.
    /// </summary>
    private void Grow(int needed)
    {
        if (_start > 0 && needed <= _items.Length / 2)
        {
            Array.Copy(_items, _start, _items, 0, Count);
            Array.Clear(_items, Count, _start);
            _start = 0;
            return;
        }

        var fresh = new Value[Math.Max(needed, Math.Max(4, _items.Length * 2))];
        if (Count <= SmallCopy)
        {
            // A few items one by one: Array.Copy of values holding references is the runtime's bulk
            // move with write barriers, whose fixed cost dominates when a short list first grows.
            for (var i = 0; i < Count; i++)
            {
                fresh[i] = _items[_start + i];
            }
        }
        else
        {
            Array.Copy(_items, _start, fresh, 0, Count);
        }

        _items = fresh;
        _start = 0;
    }

    public ref Value GetReference(int index) => ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_items), _start + index);
}
