using System.Runtime.InteropServices;

namespace Viper.Runtime.Objects;

/// <summary>A mutable sequence of bytes.</summary>
public sealed class PyByteArray(List<byte> items) : PyObject(PyType.ByteArray)
{
    public List<byte> Items { get; } = items;

    public ReadOnlySpan<byte> Span => CollectionsMarshal.AsSpan(Items);
}
