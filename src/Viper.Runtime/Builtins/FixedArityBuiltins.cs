using Viper.Frontend.Ast;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;
using Viper.Runtime.Vm;

namespace Viper.Runtime.Builtins;

/// <summary>
/// The common builtins called with one or two positional arguments, taking them as values: compiled
/// code calls these without building an argument span, checking arity or making a consumer (a
/// two-argument <c>min</c> through its generic body allocates three objects). Each has its
/// builtin's exact semantics: the inline cases are ints and floats, everything else goes to the
/// operation the generic body uses.
/// </summary>
internal static class FixedArityBuiltins
{
    public static BuiltinBody1? OneArgument(string name) => name switch
    {
        "len" => (vm, x) => Value.FromInt(BuiltinFunctions.Length(x)),
        "abs" => Abs,
        _ => null,
    };

    public static BuiltinBody2? TwoArguments(string name) => name switch
    {
        "min" => Min,
        "max" => Max,
        "isinstance" => (vm, x, classInfo) => Value.FromBool(ClassChecks.IsInstance(x, classInfo)),
        _ => null,
    };

    /// <summary><c>int(x)</c>: an int is itself, a float in range truncates; the rest (big ints, strings, user objects, errors) is the constructor's.</summary>
    public static Value Int(Interpreter vm, Value x)
    {
        if (x.IsInt)
        {
            return x;
        }

        if (x.IsFloat && Numerics.IntMath.TryFromDouble(x.AsFloat, out var truncated))
        {
            return Value.FromInt(truncated);
        }

        return PyType.Int.Constructor!(vm, new CallArgs([x], null));
    }

    /// <summary><c>float(x)</c>: a float is itself, an int converts (correctly rounded); the rest is the constructor's.</summary>
    public static Value Float(Interpreter vm, Value x)
    {
        if (x.IsFloat)
        {
            return x;
        }

        if (x.IsInt)
        {
            return Value.FromFloat(x.AsInt);
        }

        return PyType.Float.Constructor!(vm, new CallArgs([x], null));
    }

    private static Value Abs(Interpreter vm, Value x)
    {
        if (x.IsFloat)
        {
            return Value.FromFloat(Math.Abs(x.AsFloat));
        }

        return x.IsInt && x.AsInt != long.MinValue ? Value.FromInt(Math.Abs(x.AsInt)) : BuiltinFunctions.AbsoluteValue(x);
    }

    /// <summary><c>min(a, b)</c>: <c>b</c> only when <c>b &lt; a</c>, so ties and NaNs keep the first, as CPython's loop does.</summary>
    private static Value Min(Interpreter vm, Value a, Value b)
    {
        if (a.IsFloat && b.IsFloat)
        {
            return b.AsFloat < a.AsFloat ? b : a;
        }

        if (a.IsInt && b.IsInt)
        {
            return b.AsInt < a.AsInt ? b : a;
        }

        return Comparison.CompareToBool(b, a, CompareOperator.Lt) ? b : a;
    }

    /// <summary><c>max(a, b)</c>: <c>b</c> only when <c>b &gt; a</c>.</summary>
    private static Value Max(Interpreter vm, Value a, Value b)
    {
        if (a.IsFloat && b.IsFloat)
        {
            return b.AsFloat > a.AsFloat ? b : a;
        }

        if (a.IsInt && b.IsInt)
        {
            return b.AsInt > a.AsInt ? b : a;
        }

        return Comparison.CompareToBool(b, a, CompareOperator.Gt) ? b : a;
    }
}
