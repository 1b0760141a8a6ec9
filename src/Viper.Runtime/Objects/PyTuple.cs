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
}
