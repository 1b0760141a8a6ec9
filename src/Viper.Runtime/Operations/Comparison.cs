using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using Viper.Bytecode.Instructions;
using Viper.Frontend.Ast;
using Viper.Runtime.Errors;
using Viper.Runtime.Numerics;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;

namespace Viper.Runtime.Operations;

/// <summary>Equality, ordering, identity and membership with Python's semantics.</summary>
public static class Comparison
{
    /// <summary>
    /// <c>a op b</c> as an expression's value: a rich comparison (<c>==</c> to <c>&gt;=</c>) that a
    /// class written in Python decides gives whatever its method returned, as in CPython; every
    /// other comparison gives a bool.
    /// </summary>
    public static Value Compare(Value a, Value b, CompareOperator op) =>
        op <= CompareOperator.GtE && (SpecialMethods.IsUserObject(a) || SpecialMethods.IsUserObject(b))
            ? UserOperators.Compare(a, b, op)
            : Value.FromBool(CompareToBool(a, b, op));

    /// <summary>
    /// A COMPARE instruction's result: <see cref="Compare(Value, Value, CompareOperator)"/>, or for a
    /// negated condition the inverted truth of it, a bool either way.
    /// </summary>
    public static Value Compare(Value a, Value b, int condition) =>
        CompareCondition.IsNegated(condition)
            ? Value.FromBool(!CompareToBool(a, b, CompareCondition.Operator(condition)))
            : Compare(a, b, CompareCondition.Operator(condition));

    public static bool CompareToBool(Value a, Value b, CompareOperator op) => op switch
    {
        CompareOperator.Eq => Equal(a, b),
        CompareOperator.NotEq when SpecialMethods.IsUserObject(a) || SpecialMethods.IsUserObject(b) =>
            Truth.IsTrue(UserOperators.Compare(a, b, op)),
        CompareOperator.NotEq => !Equal(a, b),
        CompareOperator.Is => a.Is(b),
        CompareOperator.IsNot => !a.Is(b),
        CompareOperator.In => Contains(b, a),
        CompareOperator.NotIn => !Contains(b, a),
        _ => Order(a, b, op),
    };

    public static bool Equal(Value a, Value b)
    {
        if (a.IsInt && b.IsInt)
        {
            return a.AsInt == b.AsInt;
        }

        if (ExactStrs(a, b, out var left, out var right))
        {
            return string.Equals(left, right);
        }

        // None equals only itself, and no builtin type's __eq__ says otherwise (x == None, pos == ko).
        if ((a.IsNone || b.IsNone) && !SpecialMethods.IsUserObject(a) && !SpecialMethods.IsUserObject(b))
        {
            return a.Is(b);
        }

        if (a.Ref is PySet x && b.Ref is PySet y && x.Type.IsBuiltin && y.Type.IsBuiltin)
        {
            return x.Count == y.Count && SetAlgebra.IsSubset(x, y);
        }

        if (SpecialMethods.IsUserObject(a) || SpecialMethods.IsUserObject(b))
        {
            return Truth.IsTrue(UserOperators.Compare(a, b, CompareOperator.Eq));
        }

        return BuiltinEqual(a, b);
    }

    /// <summary>
    /// Equality as the builtin types define it (<c>int.__eq__</c>, <c>list.__eq__</c>, ...), the
    /// fallback when no special method of a class written in Python decides; identity for others.
    /// </summary>
    public static bool BuiltinEqual(Value a, Value b)
    {
        if (SignMagnitude.TryCompare(a, b, out var order))
        {
            return order == 0;
        }

        var ka = Numbers.Classify(a, out var la, out var ba, out var fa);
        var kb = Numbers.Classify(b, out var lb, out var bb, out var fb);
        if (ka != NumberKind.NotNumber && kb != NumberKind.NotNumber)
        {
            return CompareNumbers(ka, la, ba, fa, kb, lb, bb, fb) == 0;
        }

        switch (a.Ref, b.Ref)
        {
            case (PyStr x, PyStr y):
                return x.Value == y.Value;
            case (PyList x, PyList y):
                return SequenceEqual(x.Items, y.Items);
            case (PyTuple x, PyTuple y):
                return SequenceEqual(x.Items, y.Items);
            case (PyDict x, PyDict y):
                return DictEqual(x, y);
            case (PySet x, PySet y):
                return x.Count == y.Count && SetAlgebra.IsSubset(x, y);
            case (PyRange x, PyRange y):
                return RangeEqual(x, y);
            case (PyCell x, PyCell y):
                return x.Contents.IsBound && y.Contents.IsBound ? Equal(x.Contents, y.Contents) : x.Contents.IsBound == y.Contents.IsBound;
            case (PyBytes or PyByteArray, PyBytes or PyByteArray):
                return BytesLike.Require(a).SequenceEqual(BytesLike.Require(b));
            case (PyDictView or PySet, PyDictView or PySet) when SetLike.AreViewComparison(a, b):
                return SetLike.Compare(a, b, CompareOperator.Eq);
            case (PyBoundMethod x, PyBoundMethod y):
                return x.Self.Is(y.Self) && x.Function.Is(y.Function);
            case (PyGenericAlias x, PyGenericAlias y):
                return TypeHints.Equal(x, y);
            case (PyUnionType x, PyUnionType y):
                return TypeHints.Equal(x, y);
            default:
                return a.Is(b);
        }
    }

    /// <summary>Three-way comparison of two numbers; null when a NaN makes them unordered.</summary>
    private static int? CompareNumbers(NumberKind ka, long la, BigInteger ba, double fa, NumberKind kb, long lb, BigInteger bb, double fb)
    {
        switch (ka, kb)
        {
            case (NumberKind.Small, NumberKind.Small):
                return la.CompareTo(lb);
            case (NumberKind.Float, NumberKind.Float):
                return double.IsNaN(fa) || double.IsNaN(fb) ? null : fa.CompareTo(fb);
            case (NumberKind.Float, NumberKind.Small):
                return -FloatMath.CompareIntFloat(lb, fa);
            case (NumberKind.Float, NumberKind.Big):
                return -FloatMath.CompareIntFloat(bb, fa);
            case (NumberKind.Small, NumberKind.Float):
                return FloatMath.CompareIntFloat(la, fb);
            case (NumberKind.Big, NumberKind.Float):
                return FloatMath.CompareIntFloat(ba, fb);
            default:
                var x = ka == NumberKind.Small ? la : ba;
                var y = kb == NumberKind.Small ? lb : bb;
                return x.CompareTo(y);
        }
    }

    private static bool Order(Value a, Value b, CompareOperator op)
    {
        if (a.IsInt && b.IsInt)
        {
            return Satisfies(a.AsInt.CompareTo(b.AsInt), op);
        }

        if (ExactStrs(a, b, out var left, out var right))
        {
            return Satisfies(CompareCodePoints(left, right), op);
        }

        if (SpecialMethods.IsUserObject(a) || SpecialMethods.IsUserObject(b))
        {
            return Truth.IsTrue(UserOperators.Compare(a, b, op));
        }

        return BuiltinOrder(a, b, op);
    }

    /// <summary>The texts of two exact strs (no subclass, whose methods could decide), tested by exact .NET type first.</summary>
    private static bool ExactStrs(Value a, Value b, [NotNullWhen(true)] out string? left, [NotNullWhen(true)] out string? right)
    {
        if (ExactType.Is(a.Ref, out PyStr? x) && ExactType.Is(b.Ref, out PyStr? y) && x.IsExact && y.IsExact)
        {
            left = x.Value;
            right = y.Value;
            return true;
        }

        left = null;
        right = null;
        return false;
    }

    /// <summary>Ordering as the builtin types define it; a TypeError for operands they do not order.</summary>
    public static bool BuiltinOrder(Value a, Value b, CompareOperator op)
    {
        if (SignMagnitude.TryCompare(a, b, out var bigOrder))
        {
            return Satisfies(bigOrder, op);
        }

        var ka = Numbers.Classify(a, out var la, out var ba, out var fa);
        var kb = Numbers.Classify(b, out var lb, out var bb, out var fb);
        if (ka != NumberKind.NotNumber && kb != NumberKind.NotNumber)
        {
            var order = CompareNumbers(ka, la, ba, fa, kb, lb, bb, fb);
            return order is { } o && Satisfies(o, op);
        }

        switch (a.Ref, b.Ref)
        {
            case (PyStr x, PyStr y):
                return Satisfies(CompareCodePoints(x.Value, y.Value), op);
            case (PyList x, PyList y):
                return SequenceOrder(x.Items, y.Items, op);
            case (PyTuple x, PyTuple y):
                return SequenceOrder(x.Items, y.Items, op);
            case (PyBytes or PyByteArray, PyBytes or PyByteArray):
                return Satisfies(Math.Sign(BytesLike.Require(a).SequenceCompareTo(BytesLike.Require(b))), op);
            case (PySet x, PySet y):
                return op switch
                {
                    CompareOperator.Lt => x.Count < y.Count && SetAlgebra.IsSubset(x, y),
                    CompareOperator.LtE => SetAlgebra.IsSubset(x, y),
                    CompareOperator.Gt => x.Count > y.Count && SetAlgebra.IsSubset(y, x),
                    _ => SetAlgebra.IsSubset(y, x),
                };
            case (PyDictView or PySet, PyDictView or PySet) when SetLike.AreViewComparison(a, b):
                return SetLike.Compare(a, b, op);

            // As CPython: by contents, an empty cell before any other.
            case (PyCell x, PyCell y) when x.Contents.IsBound && y.Contents.IsBound:
                return CompareToBool(x.Contents, y.Contents, op);
            case (PyCell x, PyCell y):
                return Satisfies(x.Contents.IsBound.CompareTo(y.Contents.IsBound), op);
            default:
                throw PyErrors.TypeError($"'{Symbol(op)}' not supported between instances of '{TypeNames.Of(a)}' and '{TypeNames.Of(b)}'");
        }
    }

    public static bool Satisfies(int order, CompareOperator op) => op switch
    {
        CompareOperator.Lt => order < 0,
        CompareOperator.LtE => order <= 0,
        CompareOperator.Gt => order > 0,
        CompareOperator.GtE => order >= 0,
        CompareOperator.Eq => order == 0,
        _ => order != 0,
    };

    public static string Symbol(CompareOperator op) => op switch
    {
        CompareOperator.Lt => "<",
        CompareOperator.LtE => "<=",
        CompareOperator.Gt => ">",
        CompareOperator.GtE => ">=",
        CompareOperator.Eq => "==",
        _ => "!=",
    };

    /// <summary>
    /// Python orders str by code point; UTF-16 ordinal order differs once surrogate pairs meet
    /// characters in U+E000..U+FFFF, so those are compared as code points.
    /// </summary>
    public static int CompareCodePoints(string x, string y)
    {
        var length = Math.Min(x.Length, y.Length);
        for (var i = 0; i < length; i++)
        {
            if (x[i] != y[i])
            {
                return SortKey(x[i]).CompareTo(SortKey(y[i]));
            }
        }

        return x.Length.CompareTo(y.Length);
    }

    private static int SortKey(char c) => char.IsSurrogate(c) ? c + 0x2000 : c >= 0xE000 ? c - 0x800 : c;

    private static bool SequenceEqual(ReadOnlySpan<Value> x, ReadOnlySpan<Value> y)
    {
        if (x.Length != y.Length)
        {
            return false;
        }

        StackGuard.Enter("in comparison");
        try
        {
            for (var i = 0; i < x.Length; i++)
            {
                if (!x[i].Is(y[i]) && !Equal(x[i], y[i]))
                {
                    return false;
                }
            }

            return true;
        }
        finally
        {
            StackGuard.Leave();
        }
    }

    /// <summary>Lexicographic: the first differing items decide; otherwise the shorter sequence is smaller.</summary>
    private static bool SequenceOrder(ReadOnlySpan<Value> x, ReadOnlySpan<Value> y, CompareOperator op)
    {
        StackGuard.Enter("in comparison");
        try
        {
            var length = Math.Min(x.Length, y.Length);
            for (var i = 0; i < length; i++)
            {
                if (!x[i].Is(y[i]) && !Equal(x[i], y[i]))
                {
                    return Order(x[i], y[i], op);
                }
            }

            return Satisfies(x.Length.CompareTo(y.Length), op);
        }
        finally
        {
            StackGuard.Leave();
        }
    }

    private static bool DictEqual(PyDict x, PyDict y)
    {
        if (x.Count != y.Count)
        {
            return false;
        }

        StackGuard.Enter("in comparison");
        try
        {
            foreach (var (key, value) in x.Items())
            {
                if (!y.TryGetValue(key, out var other) || (!other.Is(value) && !Equal(value, other)))
                {
                    return false;
                }
            }

            return true;
        }
        finally
        {
            StackGuard.Leave();
        }
    }

    private static bool RangeEqual(PyRange x, PyRange y)
    {
        var length = x.Length;
        if (length != y.Length)
        {
            return false;
        }

        return length.IsZero || (x.Start == y.Start && (length.IsOne || x.Step == y.Step));
    }

    /// <summary>
    /// <c>item in container</c>: a class's own <c>__contains__</c> first. Sets and dicts of the
    /// builtin types themselves, the commonest containers, are tested first: one compare of the
    /// sealed class each, before the general test for a class written in Python.
    /// </summary>
    public static bool Contains(Value container, Value item)
    {
        switch (container.Ref)
        {
            case PySet set when set.Type.IsBuiltin:
                return set.ContainsMember(item);
            case PyDict dict when dict.Type.IsBuiltin:
                return dict.ContainsKey(item);
        }

        return container.Ref is PyObject { Type.IsBuiltin: false } && UserProtocols.TryContains(container, item, out var contains)
            ? contains
            : BuiltinContains(container, item);
    }

    private static bool AnyEqual(ReadOnlySpan<Value> items, Value item)
    {
        foreach (var element in items)
        {
            if (element.Is(item) || Equal(element, item))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The builtin types' own <c>in</c> (what <c>super().__contains__</c> reaches in a subclass).</summary>
    public static bool BuiltinContains(Value container, Value item)
    {
        switch (container.Ref)
        {
            case PyList list:
                return AnyEqual(list.Items, item);
            case PyTuple tuple:
                return AnyEqual(tuple.Items, item);
            case PyDict dict:
                return dict.ContainsKey(item);
            case PySet set:
                return set.ContainsMember(item);
            case PyDictView { Kind: DictViewKind.Keys } keys:
                return keys.Dict.ContainsKey(item);
            case PyDictView { Kind: DictViewKind.Items } items:
                return SetLike.ItemsContain(items.Dict, item);
            case PyStr s:
                if (item.Ref is not PyStr needle)
                {
                    throw PyErrors.TypeError($"'in <string>' requires string as left operand, not {TypeNames.Of(item)}");
                }

                return s.Value.Contains(needle.Value, StringComparison.Ordinal);
            case PyBytes or PyByteArray:
                {
                    var haystack = BytesLike.Require(container);
                    return BytesLike.TryGet(item, out var sub) ? haystack.IndexOf(sub) >= 0
                        : Numbers.IsInteger(item) ? haystack.IndexOf(BytesLike.ByteOf(item)) >= 0
                        : throw PyErrors.TypeError($"a bytes-like object is required, not '{TypeNames.Of(item)}'");
                }

            case PyRange range when Numbers.IsInteger(item):
                return RangeContains(range, item);
            default:
                var iterator = Iteration.TryGetIterator(container)
                    ?? throw PyErrors.TypeError($"argument of type '{TypeNames.Of(container)}' is not iterable");
                while (iterator.TryNext(out var element))
                {
                    if (element.Is(item) || Equal(element, item))
                    {
                        return true;
                    }
                }

                return false;
        }
    }

    private static bool RangeContains(PyRange range, Value item)
    {
        Numbers.TryGetBigInteger(item, out var n);
        if (range.Step > 0 ? n < range.Start || n >= range.Stop : n > range.Start || n <= range.Stop)
        {
            return false;
        }

        return (n - range.Start) % range.Step == 0;
    }
}
