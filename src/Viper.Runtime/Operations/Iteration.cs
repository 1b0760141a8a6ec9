using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;

namespace Viper.Runtime.Operations;

public static class Iteration
{
    /// <summary><c>iter(value)</c>, or null when the value is not iterable.</summary>
    public static PyIterator? TryGetIterator(Value value) => value.Ref switch
    {
        // Exact lists, tuples, sets and dicts first: one type compare each, before the walk up the class chain that testing for PyIterator costs.
        PyList { Type.IsBuiltin: true } list => new PyListIterator(list),
        PyTuple { Type.IsBuiltin: true } tuple => new PyArrayIterator(tuple.Items, PyArrayIterator.TupleIteratorType),
        PySet { Type.IsBuiltin: true } set => new PySetIterator(set),
        PyDict { Type.IsBuiltin: true } dict => new PyDictIterator(dict, DictViewKind.Keys),
        PyIterator iterator => iterator,
        PyObject { Type.IsBuiltin: false } derived when derived.Type.LayoutBase != PyType.Object && SpecialMethods.TryFind(derived.Type, "__iter__", out _) =>
            UserProtocols.TryGetIterator(value),
        _ => BuiltinIterator(value) ?? (value.Ref is PyObject { Type.IsBuiltin: false } ? UserProtocols.TryGetIterator(value) : null),
    };

    /// <summary>The builtin types' own iterators (what <c>super().__iter__()</c> reaches in a subclass), or null.</summary>
    public static PyIterator? BuiltinIterator(Value value) => value.Ref switch
    {
        PyList list => new PyListIterator(list),
        PyRange { IsSmall: true } range => new PyRangeIterator((long)range.Start, (long)range.Step, (long)range.Length),
        PyRange range => new PyBigRangeIterator(range),
        PyTuple tuple => new PyArrayIterator(tuple.Items, PyArrayIterator.TupleIteratorType),
        PyStr s => new PyStrIterator(s),
        PyDict dict => new PyDictIterator(dict, DictViewKind.Keys),
        PySet set => new PySetIterator(set),
        PyDictView view => new PyDictIterator(view.Dict, view.Kind),
        PyBytes bytes => new PyArrayIterator([.. bytes.Value.Select(b => Value.FromInt(b))], PyArrayIterator.BytesIteratorType),
        PyByteArray array => new PyArrayIterator([.. array.Items.Select(b => Value.FromInt(b))], PyArrayIterator.ByteArrayIteratorType),
        _ => null,
    };

    public static PyIterator GetIterator(Value value) =>
        TryGetIterator(value) ?? throw PyErrors.TypeError($"'{TypeNames.Of(value)}' object is not iterable");

    /// <summary>Every item of an iterable, as <c>list(iterable)</c> collects them.</summary>
    public static List<Value> ToList(Value iterable)
    {
        if (iterable.Ref is PyList { Type.IsBuiltin: true } list)
        {
            return [.. list.Items];
        }

        if (iterable.Ref is PyTuple { Type.IsBuiltin: true } tuple)
        {
            return [.. tuple.Items];
        }

        var iterator = GetIterator(iterable);
        var items = new List<Value>(PreallocationLength(iterable));
        while (iterator.TryNext(out var item))
        {
            items.Add(item);
        }

        return items;
    }

    /// <summary>
    /// How many items a list or tuple is about to take from <paramref name="iterable"/> when that is
    /// known before iterating (a range), checked as CPython checks its preallocation: a length
    /// beyond a 64-bit int is an OverflowError and one no array can hold a MemoryError, at once,
    /// instead of after iterating until memory runs out. 0 when not known.
    /// </summary>
    public static int PreallocationLength(Value iterable)
    {
        if (iterable.Ref is not PyRange range)
        {
            return 0;
        }

        var length = range.Length;
        if (length > long.MaxValue)
        {
            throw PyErrors.Overflow("Python int too large to convert to C ssize_t");
        }

        return length > Array.MaxLength ? throw PyErrors.New(ExceptionTypes.MemoryError, "") : (int)length;
    }
}

/// <summary>Iterates a dict's keys, values or items, failing as CPython does if the dict changes size.</summary>
public sealed class PyDictIterator(PyDict dict, DictViewKind kind) : PyIterator(TypeFor(kind))
{
    private static readonly PyType KeyIteratorType = new("dict_keyiterator", PyType.Object) { Type = PyType.TypeType };
    private static readonly PyType ValueIteratorType = new("dict_valueiterator", PyType.Object) { Type = PyType.TypeType };
    private static readonly PyType ItemIteratorType = new("dict_itemiterator", PyType.Object) { Type = PyType.TypeType };

    private readonly int _count = dict.Count;
    private int _position;

    /// <summary>Whether it iterates items, which it would hand out as (key, value) tuples.</summary>
    public bool IteratesItems => kind == DictViewKind.Items;

    public override bool TryNext(out Value value)
    {
        if (!TryNextPair(out var key, out var entryValue))
        {
            value = default;
            return false;
        }

        value = kind switch
        {
            DictViewKind.Keys => key,
            DictViewKind.Values => entryValue,
            _ => Value.FromObject(PyTuple.Of(key, entryValue)),
        };
        return true;
    }

    /// <summary>
    /// The next entry's key and value, without an items iterator's tuple, for a caller that unpacks
    /// the pair at once (a compiled <c>for k, v in d.items()</c>).
    /// </summary>
    public bool TryNextPair(out Value key, out Value value)
    {
        if (dict.Count != _count)
        {
            throw PyErrors.RuntimeError("dictionary changed size during iteration");
        }

        var entries = dict.RawEntries;
        while (_position < entries.Length)
        {
            var entry = entries[_position++];
            if (entry.Key.IsBound)
            {
                key = entry.Key;
                value = entry.Value;
                return true;
            }
        }

        key = default;
        value = default;
        return false;
    }

    private static PyType TypeFor(DictViewKind kind) => kind switch
    {
        DictViewKind.Keys => KeyIteratorType,
        DictViewKind.Values => ValueIteratorType,
        _ => ItemIteratorType,
    };
}
