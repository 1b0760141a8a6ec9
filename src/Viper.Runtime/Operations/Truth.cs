using Viper.Runtime.Objects;
using Viper.Runtime.Values;

namespace Viper.Runtime.Operations;

public static class Truth
{
    /// <summary>Python truthiness: zero numbers, empty containers, None and False are false.</summary>
    public static bool IsTrue(Value value)
    {
        if (value.IsInt)
        {
            return value.AsInt != 0;
        }

        if (value.IsFloat)
        {
            return value.AsFloat != 0.0;
        }

        return value.Ref switch
        {
            PyBool b => b.Value,
            PyNone => false,
            PyObject { Type.IsBuiltin: false } => UserProtocols.Truth(value),
            _ => BuiltinIsTrue(value),
        };
    }

    /// <summary>Truthiness as the builtin types define it, also the fallback for their subclasses.</summary>
    public static bool BuiltinIsTrue(Value value)
    {
        return value.Ref switch
        {
            PyStr s => s.Length > 0,
            PyList l => l.Count > 0,
            PyTuple t => t.Count > 0,
            PyDict d => d.Count > 0,
            PySet s => s.Count > 0,
            PyBigInt big => big.IsExact || !big.Value.IsZero,
            PyFloat f => f.Value != 0.0,
            PyRange r => !r.Length.IsZero,
            PyDictView v => v.Dict.Count > 0,
            PyBytes b => b.Value.Length > 0,
            PyByteArray a => a.Items.Count > 0,
            _ => true,
        };
    }
}
