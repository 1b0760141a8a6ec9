using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Objects;

/// <summary>Adapts an object whose class defines <c>__next__</c> to the VM's iterator protocol; <c>StopIteration</c> ends it.</summary>
public sealed class PyUserIterator(Value iterator) : PyIterator(PyType.Iterator)
{
    public Value Iterator { get; } = iterator;

    public override bool TryNext(out Value value)
    {
        UserProtocols.TryNext(Iterator, out value, out var exhausted);
        return !exhausted;
    }
}
