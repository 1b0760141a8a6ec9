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
}
