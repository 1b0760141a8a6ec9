using Viper.Runtime.Errors;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;
using Viper.Runtime.Vm;

namespace Viper.Runtime.Objects;

/// <summary>
/// The lazy iterator returned by <c>enumerate(iterable, start)</c>. Over an exact list it steps the
/// list itself, as the list's iterator would, instead of holding one: <c>for i, x in enumerate(xs)</c>
/// is a common inner loop, and the iterator was a second object made per loop.
/// </summary>
public sealed class PyEnumerate : PyIterator
{
    public static PyType EnumerateType { get; } = new("enumerate", PyType.Object) { Type = PyType.TypeType };

    private readonly PyIterator? _source;
    private readonly PyList? _list;
    private int _listIndex;
    private Value _count;

    private PyEnumerate(PyIterator? source, PyList? list, Value start)
        : base(EnumerateType)
    {
        _source = source;
        _list = list;
        _count = start;
    }

    /// <summary><c>enumerate(iterable, start)</c>: the iterable's iterator is taken now, as CPython takes it.</summary>
    public static PyEnumerate Over(Value iterable, Value start) =>
        iterable.Ref is PyList { Type.IsBuiltin: true } list
            ? new PyEnumerate(null, list, start)
            : new PyEnumerate(Iteration.GetIterator(iterable), null, start);

    public override bool TryNext(out Value value)
    {
        if (!TryNextPair(out var index, out var item))
        {
            value = default;
            return false;
        }

        value = Value.FromObject(PyTuple.Of(index, item));
        return true;
    }

    /// <summary>
    /// The next index and item without the tuple that would hold them, for a caller that unpacks the
    /// pair at once (a compiled <c>for i, x in enumerate(xs)</c>), so no one else could see the tuple.
    /// </summary>
    public bool TryNextPair(out Value index, out Value item)
    {
        if (!TryNextItem(out item))
        {
            index = default;
            return false;
        }

        index = _count;
        if (_count.IsInt && _count.AsInt < long.MaxValue)
        {
            // The count stays an int: only its payload changes, without the reference store's write barrier.
            Value.SetInt(ref _count, _count.AsInt + 1);
        }
        else
        {
            _count = Arithmetic.Binary(Frontend.Ast.BinaryOperator.Add, _count, Value.FromInt(1));
        }

        return true;
    }

    private bool TryNextItem(out Value item)
    {
        if (_list is not { } list)
        {
            return _source!.TryNext(out item);
        }

        item = default;
        return PyListIterator.Step(list, ref _listIndex, ref item);
    }
}

/// <summary>
/// The lazy iterator returned by <c>zip(*iterables, strict=False)</c>. With <c>strict</c> it checks,
/// as CPython does, that every iterable runs out at the same step.
/// </summary>
public sealed class PyZip(PyIterator[] sources, bool strict) : PyIterator(ZipType)
{
    public static PyType ZipType { get; } = new("zip", PyType.Object) { Type = PyType.TypeType };

    private bool _exhausted = sources.Length == 0;

    /// <summary>How many iterables it zips: the length of each tuple it makes.</summary>
    public int Width => sources.Length;

    public override bool TryNext(out Value value)
    {
        value = default;
        if (_exhausted)
        {
            return false;
        }

        var items = new Value[sources.Length];
        for (var i = 0; i < sources.Length; i++)
        {
            if (!TryNextOf(i, out items[i]))
            {
                return false;
            }
        }

        value = Value.FromObject(PyTuple.Of(items));
        return true;
    }

    /// <summary>
    /// The next two items of a zip of two iterables without the tuple that would hold them, for a
    /// caller that unpacks them at once (a compiled <c>for a, b in zip(xs, ys)</c>).
    /// </summary>
    public bool TryNextPair(out Value first, out Value second)
    {
        second = default;
        if (_exhausted || !TryNextOf(0, out first) || !TryNextOf(1, out second))
        {
            first = default;
            return false;
        }

        return true;
    }

    private bool TryNextOf(int index, out Value item)
    {
        if (sources[index].TryNext(out item))
        {
            return true;
        }

        _exhausted = true;
        if (strict)
        {
            CheckSameLength(index);
        }

        return false;
    }

    private void CheckSameLength(int exhausted)
    {
        if (exhausted > 0)
        {
            throw PyErrors.ValueError($"zip() argument {exhausted + 1} is shorter than {Arguments(exhausted)}");
        }

        for (var i = 1; i < sources.Length; i++)
        {
            if (sources[i].TryNext(out _))
            {
                throw PyErrors.ValueError($"zip() argument {i + 1} is longer than {Arguments(i)}");
            }
        }
    }

    private static string Arguments(int count) => count == 1 ? "argument 1" : $"arguments 1-{count}";
}

/// <summary>The lazy iterator returned by <c>map(function, *iterables)</c>; it stops with the shortest iterable.</summary>
public sealed class PyMap(Interpreter vm, Value function, PyIterator[] sources) : PyIterator(MapType)
{
    private PythonException? _stoppedBy;

    public static PyType MapType { get; } = new("map", PyType.Object) { Type = PyType.TypeType };

    public override bool TryNext(out Value value)
    {
        var arguments = new Value[sources.Length];
        for (var i = 0; i < sources.Length; i++)
        {
            if (!sources[i].TryNext(out arguments[i]))
            {
                value = default;
                return false;
            }
        }

        try
        {
            value = vm.Call(function, arguments);
            return true;
        }
        catch (PythonException error) when (EndsIteration(error))
        {
            _stoppedBy = error;
            value = default;
            return false;
        }
    }

    public override PythonException? TakeStopIteration() => TakeStop(ref _stoppedBy);

    internal static PythonException? TakeStop(ref PythonException? stoppedBy)
    {
        var error = stoppedBy;
        stoppedBy = null;
        return error;
    }

    /// <summary>
    /// A StopIteration raised by a map's or filter's function ends the iteration, as in CPython,
    /// where the iterator's next step failing with StopIteration means exhausted.
    /// </summary>
    internal static bool EndsIteration(PythonException error) => error.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration);
}

/// <summary>The lazy iterator returned by <c>filter(function, iterable)</c>; a None function keeps the true items.</summary>
public sealed class PyFilter(Interpreter vm, Value function, PyIterator source) : PyIterator(FilterType)
{
    private PythonException? _stoppedBy;

    public static PyType FilterType { get; } = new("filter", PyType.Object) { Type = PyType.TypeType };

    public override bool TryNext(out Value value)
    {
        try
        {
            while (source.TryNext(out value))
            {
                if (Truth.IsTrue(function.IsNone ? value : vm.Call(function, [value])))
                {
                    return true;
                }
            }
        }
        catch (PythonException error) when (PyMap.EndsIteration(error))
        {
            _stoppedBy = error;
        }

        value = default;
        return false;
    }

    public override PythonException? TakeStopIteration() => PyMap.TakeStop(ref _stoppedBy);
}

/// <summary>
/// <c>reversed(list)</c>: walks the live list from the end, so items appended meanwhile are not
/// seen and a list that shrinks below the position ends the iteration.
/// </summary>
public sealed class PyListReverseIterator(PyList list) : PyIterator(ListReverseIteratorType)
{
    public static PyType ListReverseIteratorType { get; } = new("list_reverseiterator", PyType.Object) { Type = PyType.TypeType };

    private int _index = list.Count - 1;

    public override bool TryNext(out Value value)
    {
        if (_index >= 0 && _index < list.Count)
        {
            value = list[_index--];
            return true;
        }

        _index = -1;
        value = default;
        return false;
    }
}

/// <summary><c>reversed()</c> over a snapshot of items: a str, a tuple, or a dict and its views.</summary>
public sealed class PyReverseArrayIterator(Value[] items, PyType type) : PyIterator(type)
{
    public static PyType ReversedType { get; } = new("reversed", PyType.Object) { Type = PyType.TypeType };

    public static PyType DictReverseKeyIteratorType { get; } = new("dict_reversekeyiterator", PyType.Object) { Type = PyType.TypeType };

    public static PyType DictReverseValueIteratorType { get; } = new("dict_reversevalueiterator", PyType.Object) { Type = PyType.TypeType };

    public static PyType DictReverseItemIteratorType { get; } = new("dict_reverseitemiterator", PyType.Object) { Type = PyType.TypeType };

    private int _index = items.Length - 1;

    public override bool TryNext(out Value value)
    {
        if (_index >= 0)
        {
            value = items[_index--];
            return true;
        }

        value = default;
        return false;
    }
}
