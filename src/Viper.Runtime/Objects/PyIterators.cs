using System.Runtime.CompilerServices;
using Viper.Runtime.Errors;
using Viper.Runtime.Values;

namespace Viper.Runtime.Objects;

/// <summary>
/// Base of the builtin iterators. <see cref="TryNext"/> is the protocol the VM's FOR_ITER and the
/// builtins use: no exception per step, unlike <c>__next__</c>.
/// </summary>
public abstract class PyIterator(PyType type) : PyObject(type)
{
    public abstract bool TryNext(out Value value);

    /// <summary>
    /// The StopIteration that ended the last step, when it was an exception of its own rather than
    /// plain exhaustion (a map's function raising <c>StopIteration("x")</c>): what <c>next()</c>
    /// raises then, as CPython's does. Taken once.
    /// </summary>
    public virtual PythonException? TakeStopIteration() => null;
}

public sealed class PyRangeIterator(long next, long step, long remaining) : PyIterator(RangeIteratorType)
{
    public static PyType RangeIteratorType { get; } = new("range_iterator", PyType.Object) { Type = PyType.TypeType };

    public long Next = next;
    public long Step = step;
    public long Remaining = remaining;

    public override bool TryNext(out Value value)
    {
        if (Remaining <= 0)
        {
            value = default;
            return false;
        }

        value = Value.FromInt(Next);
        Next += Step;
        Remaining--;
        return true;
    }
}

public sealed class PyListIterator(PyList list) : PyIterator(ListIteratorType)
{
    public static PyType ListIteratorType { get; } = new("list_iterator", PyType.Object) { Type = PyType.TypeType };

    private static readonly PyList NoList = PyList.Adopt([]);

    public PyList List { get; private set; } = list;

    public int Index;

    /// <summary>Made by a loop's GET_ITER and seen by nothing else, so it may be reused once exhausted (<see cref="Vm.Interpreter.GetLoopIterator"/>).</summary>
    internal bool IsLoopOwned { get; init; }

    internal void Restart(PyList list)
    {
        List = list;
        Index = 0;
    }

    /// <summary>Lets go of the list while the iterator waits to be reused.</summary>
    internal void Release() => List = NoList;

    public override bool TryNext(out Value value)
    {
        value = default;
        return TryNextInto(ref value);
    }

    /// <summary>Stores the next item into <paramref name="target"/> only when there is one (FOR_ITER's loop variable keeps its last item).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryNextInto(ref Value target) => Step(List, ref Index, ref target);

    /// <summary>A list iterator's step: the next item at <paramref name="index"/>, read against the list's length now; once past the end it stays there, even if the list grows again.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool Step(PyList list, ref int index, ref Value target)
    {
        var position = index;
        if ((uint)position < (uint)list.Count)
        {
            target = list[position];
            index = position + 1;
            return true;
        }

        index = int.MaxValue;
        return false;
    }
}

public sealed class PyArrayIterator(Value[] items, PyType type) : PyIterator(type)
{
    public static PyType TupleIteratorType { get; } = new("tuple_iterator", PyType.Object) { Type = PyType.TypeType };

    public static PyType BytesIteratorType { get; } = new("bytes_iterator", PyType.Object) { Type = PyType.TypeType };

    public static PyType ByteArrayIteratorType { get; } = new("bytearray_iterator", PyType.Object) { Type = PyType.TypeType };

    private Value[] _items = items;
    private int _index;

    /// <summary>Made by a loop's GET_ITER and seen by nothing else, so it may be reused once exhausted (<see cref="Vm.Interpreter.GetLoopIterator"/>).</summary>
    internal bool IsLoopOwned { get; init; }

    internal void Restart(Value[] items)
    {
        _items = items;
        _index = 0;
    }

    /// <summary>Lets go of the items while the iterator waits to be reused.</summary>
    internal void Release() => _items = [];

    public override bool TryNext(out Value value)
    {
        value = default;
        return TryNextInto(ref value);
    }

    /// <summary>Stores the next item into <paramref name="target"/> only when there is one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryNextInto(ref Value target)
    {
        var index = _index;
        var items = _items;
        if ((uint)index < (uint)items.Length)
        {
            target = items[index];
            _index = index + 1;
            return true;
        }

        return false;
    }
}

public sealed class PyStrIterator(PyStr str) : PyIterator(StrIteratorType)
{
    public static PyType StrIteratorType { get; } = new("str_ascii_iterator", PyType.Object) { Type = PyType.TypeType };

    private int _index;

    public override bool TryNext(out Value value)
    {
        if (_index < str.Length)
        {
            value = Value.FromObject(str.CharAt(_index++));
            return true;
        }

        value = default;
        return false;
    }
}

/// <summary>Iterates a range whose items do not all fit in 64 bits.</summary>
public sealed class PyBigRangeIterator(PyRange range) : PyIterator(PyRangeIterator.RangeIteratorType)
{
    private System.Numerics.BigInteger _index;

    public override bool TryNext(out Value value)
    {
        if (_index >= range.Length)
        {
            value = default;
            return false;
        }

        value = Value.FromBigInteger(range.ItemAt(_index));
        _index++;
        return true;
    }
}

/// <summary>Iterates a set in table order; like CPython it fails once the set's size has changed.</summary>
public sealed class PySetIterator(PySet set) : PyIterator(SetIteratorType)
{
    private static readonly PyType SetIteratorType = new("set_iterator", PyType.Object) { Type = PyType.TypeType };

    private readonly int _count = set.Count;
    private int _position;
    private bool _exhausted;

    public override bool TryNext(out Value value)
    {
        if (_exhausted)
        {
            value = default;
            return false;
        }

        if (set.Count != _count)
        {
            _exhausted = true;
            throw Errors.PyErrors.RuntimeError("Set changed size during iteration");
        }

        if (set.TryNextFrom(ref _position, out value))
        {
            return true;
        }

        _exhausted = true;
        return false;
    }
}
