using Viper.Runtime.Errors;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Objects;

/// <summary>Iterates an object that has <c>__getitem__</c> but no <c>__iter__</c>: indexes 0, 1, 2, ... until IndexError.</summary>
public sealed class PySequenceIterator(Value sequence) : PyIterator(SequenceIteratorType)
{
    public static PyType SequenceIteratorType { get; } = new("iterator", PyType.Object) { Type = PyType.TypeType };

    private long _index;

    public override bool TryNext(out Value value)
    {
        if (_index < 0)
        {
            value = default;
            return false;
        }

        try
        {
            UserProtocols.TryGetItem(sequence, Value.FromInt(_index++), out value);
            return true;
        }
        catch (PythonException error) when (error.Value.Type.IsSubtypeOf(ExceptionTypes.IndexError) || error.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration))
        {
            _index = -1;
            value = default;
            return false;
        }
    }
}
