using Viper.Runtime.Errors;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;
using Viper.Runtime.Vm;

namespace Viper.Runtime.Objects;

/// <summary><c>iter(callable, sentinel)</c>: calls with no arguments until the result equals the sentinel (or the callable raises StopIteration).</summary>
public sealed class PyCallableIterator(Value callable, Value sentinel) : PyIterator(CallableIteratorType)
{
    public static PyType CallableIteratorType { get; } = new("callable_iterator", PyType.Object) { Type = PyType.TypeType };

    private bool _exhausted;

    public override bool TryNext(out Value value)
    {
        value = default;
        if (_exhausted)
        {
            return false;
        }

        try
        {
            value = Interpreter.Current.Call(callable, []);
        }
        catch (PythonException error) when (error.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration))
        {
            _exhausted = true;
            return false;
        }

        if (Comparison.Equal(value, sentinel))
        {
            _exhausted = true;
            value = default;
            return false;
        }

        return true;
    }
}
