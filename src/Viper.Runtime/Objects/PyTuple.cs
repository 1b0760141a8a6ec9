using Viper.Runtime.Values;

namespace Viper.Runtime.Objects;

public sealed class PyTuple : PyObject
{
    public PyTuple(Value[] items)
        : base(PyType.Tuple) => Items = items;

    public static PyTuple Empty { get; } = new([]);

    public Value[] Items { get; }

    public int Count => Items.Length;

    public static PyTuple Of(params Value[] items) => items.Length == 0 ? Empty : new PyTuple(items);

    /// <summary><c>x + y</c>: a new tuple of both item arrays, copied once.</summary>
    public static PyTuple Concat(PyTuple x, PyTuple y)
    {
        var items = new Value[x.Items.Length + y.Items.Length];
        ValueCopy.Copy(x.Items, items);
        ValueCopy.Copy(y.Items, items.AsSpan(x.Items.Length));
        return new PyTuple(items);
    }

    /// <summary><c>(item,) + tail</c>, without the one-item tuple.</summary>
    public static PyTuple Prepend(Value item, PyTuple tail)
    {
        var source = tail.Items;
        var items = new Value[source.Length + 1];
        items[0] = item;
        Array.Copy(source, 0, items, 1, source.Length);
        return new PyTuple(items);
    }

    /// <summary><c>head + (item,)</c>, without the one-item tuple.</summary>
    public static PyTuple Append(PyTuple head, Value item)
    {
        var source = head.Items;
        var items = new Value[source.Length + 1];
        Array.Copy(source, items, source.Length);
        items[^1] = item;
        return new PyTuple(items);
    }
}
