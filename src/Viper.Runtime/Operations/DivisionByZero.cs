using Viper.Frontend.Ast;
using Viper.Runtime.Numerics;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;

namespace Viper.Runtime.Operations;

/// <summary>
/// A division by zero of two builtin numbers, recognised before it is attempted, with the message
/// the operation would raise: a caller that can hand the error to a handler itself (the dispatch
/// loop) then need not pay for the .NET throw the arithmetic would make.
/// </summary>
public static class DivisionByZero
{
    /// <summary>The ZeroDivisionError message of <c>a op b</c>, or null when it is no division of an exact int, bool or float by zero.</summary>
    public static string? MessageFor(BinaryOperator op, Value a, Value b)
    {
        if (op is not (BinaryOperator.Div or BinaryOperator.FloorDiv or BinaryOperator.Mod) || !IsZero(b) || !IsExactNumber(a))
        {
            return null;
        }

        var floats = a.IsFloat || b.IsFloat;
        return op switch
        {
            BinaryOperator.Div => floats ? FloatMath.TrueDivideByZeroMessage : IntMath.TrueDivideByZeroMessage,
            BinaryOperator.FloorDiv => floats ? FloatMath.FloorDivideByZeroMessage : IntMath.FloorDivideByZeroMessage,
            _ => floats ? FloatMath.ModuloByZeroMessage : IntMath.ModuloByZeroMessage,
        };
    }

    // Subclasses are left out: their reflected or own operator methods come first.
    private static bool IsZero(Value value) =>
        (value.IsInt && value.Bits == 0) || (value.IsFloat && value.AsFloat == 0) || ReferenceEquals(value.Ref, PyBool.False);

    private static bool IsExactNumber(Value value) =>
        value.IsInt || value.IsFloat || value.Ref is PyBool || value.Ref is PyBigInt { IsExact: true };
}
