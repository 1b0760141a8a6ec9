using Viper.Frontend.Ast;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;

namespace Viper.Runtime.Operations;

/// <summary>
/// The operators on instances of classes written in Python: <c>__add__</c> and its reflected
/// (<c>__radd__</c>) and in-place (<c>__iadd__</c>) forms, the rich comparisons with their
/// reflections, and the unary operators, honouring <c>NotImplemented</c> as CPython does.
/// </summary>
public static class UserOperators
{
    /// <summary>Tries the operands' special methods; false when none applies, so the builtin behaviour (or its TypeError) follows.</summary>
    public static bool TryBinary(BinaryOperator op, Value a, Value b, bool inplace, out Value result)
    {
        if (inplace && SpecialMethods.TryCallOperator(a, op, OperatorForm.InPlace, b, out result) && !SpecialMethods.IsNotImplemented(result))
        {
            return true;
        }

        var typeA = a.Type;
        var typeB = b.Type;
        var reflectFirst = typeB != typeA && typeB.IsSubtypeOf(typeA) && OverridesReflected(typeB, typeA, OperatorNames.Of(op).Reflected);
        if (reflectFirst && SpecialMethods.TryCallOperator(b, op, OperatorForm.Reflected, a, out result) && !SpecialMethods.IsNotImplemented(result))
        {
            return true;
        }

        if (SpecialMethods.TryCallOperator(a, op, OperatorForm.Plain, b, out result))
        {
            if (!SpecialMethods.IsNotImplemented(result))
            {
                return true;
            }
        }
        else if (BuiltinBaseHandles(op, a, b))
        {
            // The left operand's builtin method comes before the right one's reflection, as
            // CPython's slots do: 1.5 // d with d an int subclass is float division, by zero or not.
            result = default;
            return false;
        }

        if (!reflectFirst && typeB != typeA && SpecialMethods.TryCallOperator(b, op, OperatorForm.Reflected, a, out result) && !SpecialMethods.IsNotImplemented(result))
        {
            return true;
        }

        result = default;
        return false;
    }

    public static bool TryUnary(string name, Value a, out Value result) => SpecialMethods.TryCall(a, name, [], out result);

    /// <summary>A rich comparison between operands one of which is a user object; the result of the special method itself.</summary>
    public static Value Compare(Value a, Value b, CompareOperator op)
    {
        var reflectedOp = Reflect(op);
        var typeA = a.Type;
        var typeB = b.Type;
        var reflectFirst = typeB != typeA && typeB.IsSubtypeOf(typeA) && HasComparison(typeB, reflectedOp);
        if (reflectFirst && TryCompare(b, a, reflectedOp, out var result))
        {
            return result;
        }

        if (TryCompare(a, b, op, out result))
        {
            return result;
        }

        return reflectFirst ? BuiltinBaseComparison(a, b, op) : CompareAfterLeftDeclined(a, b, op);
    }

    /// <summary>
    /// The rest of <see cref="Compare"/> when the right operand's reflected method did not come
    /// first and the left one's own method is missing or returned NotImplemented: the reflection,
    /// then the builtin base's comparison.
    /// </summary>
    public static Value CompareAfterLeftDeclined(Value a, Value b, CompareOperator op) =>
        !BuiltinBaseCompares(a, b) && TryCompare(b, a, Reflect(op), out var result) ? result : BuiltinBaseComparison(a, b, op);

    /// <summary>
    /// No method of a class written in Python decided: the builtin base's comparison (an int
    /// subclass compares as its value), which for plain instances is identity or a TypeError.
    /// </summary>
    private static Value BuiltinBaseComparison(Value a, Value b, CompareOperator op) => op switch
    {
        CompareOperator.Eq => Value.FromBool(Comparison.BuiltinEqual(a, b)),
        CompareOperator.NotEq => Value.FromBool(!Comparison.BuiltinEqual(a, b)),
        _ => Value.FromBool(Comparison.BuiltinOrder(a, b, op)),
    };

    /// <summary>
    /// Calls <paramref name="self"/>'s comparison method when its class has one. A method set to
    /// None is called too, as CPython's slot calls it: <c>'NoneType' object is not callable</c>.
    /// </summary>
    private static bool TryCompare(Value self, Value other, CompareOperator op, out Value result)
    {
        if (SpecialMethods.TryFind(self.Type, MethodName(op), out var method))
        {
            result = SpecialMethods.CallBound(method, self, [other]);
            return !SpecialMethods.IsNotImplemented(result);
        }

        // Without its own __ne__, a class gets object's: the inverse of its __eq__. A subclass of a
        // builtin with its own __ne__ (int, str, list, ...) gets that one instead, as the fallback.
        if (op == CompareOperator.NotEq && InheritsObjectNotEqual(self.Type) && SpecialMethods.TryFind(self.Type, "__eq__", out var equal))
        {
            result = SpecialMethods.CallBound(equal, self, [other]);
            if (!SpecialMethods.IsNotImplemented(result))
            {
                result = Value.FromBool(!Truth.IsTrue(result));
                return true;
            }
        }

        result = default;
        return false;
    }

    /// <summary>Whether the builtin type under <paramref name="a"/> implements <paramref name="op"/> with <paramref name="b"/> (rather than returning NotImplemented).</summary>
    private static bool BuiltinBaseHandles(BinaryOperator op, Value a, Value b)
    {
        if (op == BinaryOperator.Mod && (a.Ref is PyStr || BytesLike.TryGet(a, out _)))
        {
            return true;
        }

        // The right operand first: a scalar times a vector class (its __rmul__) ends here.
        var right = Numbers.Classify(b, out _, out _, out _);
        if (right == NumberKind.NotNumber)
        {
            return false;
        }

        var left = Numbers.Classify(a, out _, out _, out _);
        return left != NumberKind.NotNumber && (left == NumberKind.Float
            ? op is not (BinaryOperator.BitAnd or BinaryOperator.BitOr or BinaryOperator.BitXor or BinaryOperator.LShift or BinaryOperator.RShift or BinaryOperator.MatMult)
            : right != NumberKind.Float && op != BinaryOperator.MatMult);
    }

    /// <summary>Whether the builtin type under <paramref name="a"/> orders <paramref name="b"/> itself: a float any number, an int another int.</summary>
    private static bool BuiltinBaseCompares(Value a, Value b)
    {
        var left = Numbers.Classify(a, out _, out _, out _);
        var right = Numbers.Classify(b, out _, out _, out _);
        return left != NumberKind.NotNumber && right != NumberKind.NotNumber && (left == NumberKind.Float || right != NumberKind.Float);
    }

    /// <summary>
    /// Whether <see cref="TryCompare"/> finds a method for <paramref name="op"/> on instances of
    /// <paramref name="type"/>: its own, or for <c>!=</c> object's, which asks the class's <c>__eq__</c>.
    /// </summary>
    private static bool HasComparison(PyType type, CompareOperator op) =>
        SpecialMethods.TryFind(type, MethodName(op), out _)
        || (op == CompareOperator.NotEq && InheritsObjectNotEqual(type) && SpecialMethods.TryFind(type, "__eq__", out _));

    private static bool InheritsObjectNotEqual(PyType type) =>
        type.LayoutBase == PyType.Object || type.LayoutBase == Errors.ExceptionTypes.BaseException;

    private static bool OverridesReflected(PyType subclass, PyType baseClass, string name) =>
        SpecialMethods.TryFind(subclass, name, out var method)
        && (!SpecialMethods.TryFind(baseClass, name, out var inherited) || !inherited.Is(method));

    private static CompareOperator Reflect(CompareOperator op) => op switch
    {
        CompareOperator.Lt => CompareOperator.Gt,
        CompareOperator.LtE => CompareOperator.GtE,
        CompareOperator.Gt => CompareOperator.Lt,
        CompareOperator.GtE => CompareOperator.LtE,
        _ => op,
    };

    /// <summary>The special method of a rich comparison: <c>__lt__</c> for <c>&lt;</c>.</summary>
    public static string MethodName(CompareOperator op) => op switch
    {
        CompareOperator.Lt => "__lt__",
        CompareOperator.LtE => "__le__",
        CompareOperator.Gt => "__gt__",
        CompareOperator.GtE => "__ge__",
        CompareOperator.Eq => "__eq__",
        _ => "__ne__",
    };
}
