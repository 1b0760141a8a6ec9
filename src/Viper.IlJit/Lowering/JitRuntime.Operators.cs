using Viper.Bytecode.Instructions;
using Viper.Frontend.Ast;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;
using Viper.Runtime.Vm;

namespace Viper.IlJit.Lowering;

/// <summary>Binary operators and rich comparisons on instances of classes written in Python, from compiled code.</summary>
internal static partial class JitRuntime
{
    /// <summary>
    /// A binary operator at a site that saw operands other than ints and floats. An instance of a
    /// class written in Python on the left, with an operand of the same class or of a builtin type on
    /// the right (a vector class's <c>a - b</c> or <c>v * 2.0</c>), calls the class's compiled method
    /// through its direct body: no other method can come first there (a builtin right operand is no
    /// subclass of the left's class, and its reflected method is its own type's business, which
    /// declines an instance of a Python class). A raise in the method comes back parked, as from a
    /// direct call. Everything else goes where the VM sends it.
    /// </summary>
    public static Value BinaryObject(Interpreter interpreter, BinaryOperator op, Value a, Value b, bool inplace)
    {
        if (ExactType.Is(a.Ref, out PyInstance? instance)
            && (ReferenceEquals(b.Type, instance.Type) || b.Type.IsBuiltin)
            && !(inplace && SpecialMethods.TryFindOperator(instance.Type, op, OperatorForm.InPlace, out _))
            && SpecialMethods.TryFindOperator(instance.Type, op, OperatorForm.Plain, out var method)
            && TryCallDirectly(interpreter, method, a, b, out var result))
        {
            // Declined with the other operand's type unable to reflect: the builtin operation's TypeError.
            return SpecialMethods.IsNotImplemented(result) ? Arithmetic.BuiltinBinary(op, a, b, inplace) : result;
        }

        return Generic(interpreter, op, a, b, inplace);
    }

    /// <summary>
    /// COMPARE's value at a site that saw operands other than ints and floats: <c>&lt; &lt;= &gt; &gt;= ==</c>
    /// with an instance of a Python class on the left calls its compiled method directly, on the same
    /// terms as <see cref="BinaryObject"/> (a NotImplemented goes on to the reflection, as CPython's
    /// rich comparison does even between instances of one class); the rest as the VM compares.
    /// </summary>
    public static Value CompareObject(Interpreter interpreter, Value a, Value b, int condition)
    {
        var op = CompareCondition.Operator(condition);
        return !CompareCondition.IsNegated(condition) && TryCompareDirectly(interpreter, a, b, op, out var result)
            ? result
            : Comparison.Compare(a, b, condition);
    }

    /// <summary>COMPARE_JUMP's test on such operands: as <see cref="CompareObject"/>, the truth of the method's result.</summary>
    public static bool CompareObjectToBool(Interpreter interpreter, Value a, Value b, int condition)
    {
        var op = CompareCondition.Operator(condition);
        return TryCompareDirectly(interpreter, a, b, op, out var result)
            ? Truth.IsTrue(result) != CompareCondition.IsNegated(condition)
            : Comparison.CompareToBool(a, b, op) != CompareCondition.IsNegated(condition);
    }

    private static bool TryCompareDirectly(Interpreter interpreter, Value a, Value b, CompareOperator op, out Value result)
    {
        if (op is CompareOperator.Eq or CompareOperator.Lt or CompareOperator.LtE or CompareOperator.Gt or CompareOperator.GtE
            && ExactType.Is(a.Ref, out PyInstance? instance)
            && (ReferenceEquals(b.Type, instance.Type) || b.Type.IsBuiltin)
            && SpecialMethods.TryFind(instance.Type, UserOperators.MethodName(op), out var method)
            && TryCallDirectly(interpreter, method, a, b, out result))
        {
            result = interpreter.ThrowIfPending(result);
            if (SpecialMethods.IsNotImplemented(result))
            {
                result = UserOperators.CompareAfterLeftDeclined(a, b, op);
            }

            return true;
        }

        result = default;
        return false;
    }

    /// <summary>Calls <paramref name="method"/> on <paramref name="self"/> and <paramref name="other"/> through its compiled direct body, when it is a function that has one.</summary>
    private static bool TryCallDirectly(Interpreter interpreter, Value method, Value self, Value other, out Value result)
    {
        if (method.Ref is PyFunction function)
        {
            return SpecialMethods.TryCallDirectBody(interpreter, function, self, other, out result);
        }

        result = default;
        return false;
    }

    private static Value Generic(Interpreter interpreter, BinaryOperator op, Value a, Value b, bool inplace) =>
        op is BinaryOperator.Div or BinaryOperator.FloorDiv or BinaryOperator.Mod
            ? Division(interpreter, op, a, b, inplace)
            : Arithmetic.Binary(op, a, b, inplace);
}
