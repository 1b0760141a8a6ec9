using System.Numerics;
using System.Text;
using Viper.Frontend.Ast;
using Viper.Runtime.Errors;
using Viper.Runtime.Formatting;
using Viper.Runtime.Numerics;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;

namespace Viper.Runtime.Operations;

/// <summary>
/// The binary and unary operators on builtin types. The VM inlines the int and float fast paths and
/// calls here for everything else: overflow into big ints, mixed types, sequences and errors.
/// </summary>
public static class Arithmetic
{
    public static Value Binary(BinaryOperator op, Value a, Value b, bool inplace = false)
    {
        // Two floats under + - * (which cannot raise): compiled code that was not specialized for floats lands here for every one.
        if (a.IsFloat && b.IsFloat && op is BinaryOperator.Add or BinaryOperator.Sub or BinaryOperator.Mult)
        {
            return Floats(op, a.AsFloat, b.AsFloat, a, b, inplace);
        }

        // A flag accumulated over a loop (`changed |= step()`) would otherwise take every test below
        // and the numeric classification: bool's own & | ^ give a bool.
        if (a.Ref is PyBool x && b.Ref is PyBool y && op is BinaryOperator.BitAnd or BinaryOperator.BitOr or BinaryOperator.BitXor)
        {
            return Value.FromBool(op switch
            {
                BinaryOperator.BitAnd => x.Value & y.Value,
                BinaryOperator.BitOr => x.Value | y.Value,
                _ => x.Value ^ y.Value,
            });
        }

        // Appending to a str in a loop is common enough to skip the numeric classification for it.
        if (op == BinaryOperator.Add && a.Ref is PyStr leftStr && b.Ref is PyStr rightStr && leftStr.IsExact && rightStr.IsExact)
        {
            return Value.FromObject(PyStr.Concat(leftStr, rightStr));
        }

        // Tuples built by concatenation (a recursive generator's `(head,) + tail`) would otherwise
        // go through the numeric classification first.
        if (op == BinaryOperator.Add && a.Ref is PyTuple leftTuple && b.Ref is PyTuple rightTuple
            && ReferenceEquals(leftTuple.Type, PyType.Tuple) && ReferenceEquals(rightTuple.Type, PyType.Tuple))
        {
            return Value.FromObject(PyTuple.Concat(leftTuple, rightTuple));
        }

        // Two sets or frozensets of the builtin types (`domain & allowed`, `domain - {x}`): no numeric
        // classification and no look for a class's special methods, which neither can have.
        if (a.Ref is PySet leftSet && b.Ref is PySet rightSet && leftSet.Type.IsBuiltin && rightSet.Type.IsBuiltin
            && SetAlgebra.Operator(op, leftSet, rightSet, inplace) is { } setResult)
        {
            return setResult;
        }

        if (op is BinaryOperator.Add or BinaryOperator.Sub && SignMagnitude.TryAdd(a, b, op == BinaryOperator.Sub, out var sum))
        {
            return sum;
        }

        if (op is BinaryOperator.Mult or BinaryOperator.FloorDiv or BinaryOperator.Mod or BinaryOperator.RShift or BinaryOperator.BitAnd
            && SignMagnitude.TryWithLimb(op, a, b, out var limbResult))
        {
            return limbResult;
        }

        if ((SpecialMethods.IsUserObject(a) || SpecialMethods.IsUserObject(b))
            && UserOperators.TryBinary(op, a, b, inplace, out var special))
        {
            return special;
        }

        return BuiltinBinary(op, a, b, inplace);
    }

    /// <summary>
    /// The operator as the builtin types define it, whatever special methods a subclass defines:
    /// what <c>list.__add__</c> and <c>super().__or__(other)</c> reach.
    /// </summary>
    public static Value BuiltinBinary(BinaryOperator op, Value a, Value b, bool inplace = false)
    {
        var ka = Numbers.Classify(a, out var la, out var ba, out var fa);
        var kb = Numbers.Classify(b, out var lb, out var bb, out var fb);
        if (ka != NumberKind.NotNumber && kb != NumberKind.NotNumber)
        {
            try
            {
                if (op is BinaryOperator.BitAnd or BinaryOperator.BitOr or BinaryOperator.BitXor
                    && a.Ref is PyBool && b.Ref is PyBool)
                {
                    return Value.FromBool(Integers(op, la, lb).AsInt != 0);
                }

                if (ka == NumberKind.Float || kb == NumberKind.Float)
                {
                    var x = ka switch { NumberKind.Float => fa, NumberKind.Small => la, _ => Numbers.ToDouble(ba) };
                    var y = kb switch { NumberKind.Float => fb, NumberKind.Small => lb, _ => Numbers.ToDouble(bb) };
                    return Floats(op, x, y, a, b, inplace);
                }

                if (ka == NumberKind.Small && kb == NumberKind.Small)
                {
                    return Integers(op, la, lb);
                }

                return BigIntegers(op, ka == NumberKind.Small ? la : ba, kb == NumberKind.Small ? lb : bb);
            }
            catch (NumericError error)
            {
                throw PyErrors.FromNumeric(error);
            }
        }

        return op switch
        {
            BinaryOperator.Add => Concatenate(a, b, inplace),
            BinaryOperator.Mult => Repeat(a, b, inplace),
            _ when a.Ref is PySet x && b.Ref is PySet y && SetAlgebra.Operator(op, x, y, inplace) is { } result => result,
            BinaryOperator.BitAnd or BinaryOperator.BitOr or BinaryOperator.Sub or BinaryOperator.BitXor
                when a.Ref is PyDictView { Kind: not DictViewKind.Values } || b.Ref is PyDictView { Kind: not DictViewKind.Values } => DictViewOperator(op, a, b),
            BinaryOperator.BitOr when a.Ref is PyDict left && (inplace || b.Ref is PyDict) => DictUnion(left, b, inplace),
            BinaryOperator.BitOr when IsTypeUnion(a, b) => PyUnionType.Of(a, b),
            BinaryOperator.Mod when a.Ref is PyStr template => Value.FromString(PercentFormat.Format(template.Value, b)),
            BinaryOperator.Mod when BytesLike.TryGet(a, out var bytesTemplate) => BytesLike.Make(a, PercentFormat.FormatBytes(bytesTemplate, b)),
            _ => throw Unsupported(op, a, b, inplace),
        };
    }

    /// <summary>
    /// <c>&amp; | - ^</c> with a dict's keys or items view on either side (CPython's dictviews_and and
    /// kin, which serve the reflected operators too): a new set of the left operand's items, updated
    /// from the right operand, any iterable.
    /// </summary>
    private static Value DictViewOperator(BinaryOperator op, Value a, Value b)
    {
        var result = SetAlgebra.New(PyType.Set, a);
        switch (op)
        {
            case BinaryOperator.BitAnd:
                SetAlgebra.IntersectionUpdate(result, b);
                break;
            case BinaryOperator.BitOr:
                SetAlgebra.Update(result, b);
                break;
            case BinaryOperator.Sub:
                SetAlgebra.DifferenceUpdate(result, b);
                break;
            default:
                SetAlgebra.SymmetricDifferenceUpdate(result, b);
                break;
        }

        return Value.FromObject(result);
    }

    /// <summary><c>a | b</c> builds a new dict from two dicts; <c>a |= b</c> updates <c>a</c> from anything <c>dict.update</c> takes.</summary>
    private static Value DictUnion(PyDict left, Value right, bool inplace)
    {
        var target = inplace ? left : new PyDict();
        if (!inplace)
        {
            Builtins.DictMethods.Update(target, Value.FromObject(left));
        }

        Builtins.DictMethods.Update(target, right);
        return Value.FromObject(target);
    }

    public static Value Integers(BinaryOperator op, long a, long b)
    {
        switch (op)
        {
            case BinaryOperator.Add:
                var sum = a + b;
                return ((a ^ sum) & (b ^ sum)) < 0 ? PyBigInt.Sum(a, b) : Value.FromInt(sum);
            case BinaryOperator.Sub:
                var difference = a - b;
                return ((a ^ b) & (a ^ difference)) < 0 ? PyBigInt.Difference(a, b) : Value.FromInt(difference);
            case BinaryOperator.Mult:
                var product = Math.BigMul(a, b, out var low);
                return (product == 0 && low >= 0) || (product == -1 && low < 0) ? Value.FromInt(low) : PyBigInt.Product(a, b);
            case BinaryOperator.Div:
                if (b == 0)
                {
                    throw PyErrors.ZeroDivision(IntMath.TrueDivideByZeroMessage);
                }

                // Both exact as doubles, one division rounds once, as CPython's; the bounds are
                // compared directly because Math.Abs throws on long.MinValue.
                return Value.FromFloat(a is >= -(1L << 53) and <= 1L << 53 && b is >= -(1L << 53) and <= 1L << 53 ? (double)a / b : IntMath.TrueDivide(a, b));
            case BinaryOperator.FloorDiv:
                if (b == 0)
                {
                    throw PyErrors.ZeroDivision(IntMath.FloorDivideByZeroMessage);
                }

                return IntMath.TryFloorDiv(a, b, out var quotient) ? Value.FromInt(quotient) : Value.FromBigInteger(IntMath.FloorDiv(a, b));
            case BinaryOperator.Mod:
                if (b == 0)
                {
                    throw PyErrors.ZeroDivision(IntMath.ModuloByZeroMessage);
                }

                return Value.FromInt(IntMath.Mod(a, b));
            case BinaryOperator.Pow:
                if (b < 0)
                {
                    return Value.FromFloat(IntMath.PowNegativeExponent(a, b));
                }

                return IntMath.TryPow(a, b, out var power) ? Value.FromInt(power) : Value.FromBigInteger(IntMath.Pow(a, b));
            case BinaryOperator.LShift:
                if (b < 0)
                {
                    throw PyErrors.ValueError("negative shift count");
                }

                return IntMath.TryLeftShift(a, b, out var shifted) ? Value.FromInt(shifted) : Value.FromBigInteger(IntMath.LeftShift(a, b));
            case BinaryOperator.RShift:
                return Value.FromInt(IntMath.RightShift(a, b));
            case BinaryOperator.BitAnd:
                return Value.FromInt(a & b);
            case BinaryOperator.BitOr:
                return Value.FromInt(a | b);
            case BinaryOperator.BitXor:
                return Value.FromInt(a ^ b);
            default:
                throw Unsupported(op, Value.FromInt(a), Value.FromInt(b), false);
        }
    }

    private static Value BigIntegers(BinaryOperator op, BigInteger a, BigInteger b)
    {
        switch (op)
        {
            case BinaryOperator.Add:
                return Value.FromBigInteger(a + b);
            case BinaryOperator.Sub:
                return Value.FromBigInteger(a - b);
            case BinaryOperator.Mult:
                return Value.FromBigInteger(a * b);
            case BinaryOperator.Div:
                return b.IsZero ? throw PyErrors.ZeroDivision(IntMath.TrueDivideByZeroMessage) : Value.FromFloat(IntMath.TrueDivide(a, b));
            case BinaryOperator.FloorDiv:
                return b.IsZero ? throw PyErrors.ZeroDivision(IntMath.FloorDivideByZeroMessage) : Value.FromBigInteger(IntMath.FloorDiv(a, b));
            case BinaryOperator.Mod:
                return b.IsZero ? throw PyErrors.ZeroDivision(IntMath.ModuloByZeroMessage) : Value.FromBigInteger(IntMath.Mod(a, b));
            case BinaryOperator.Pow:
                return b.Sign < 0 ? Value.FromFloat(IntMath.PowNegativeExponent(a, b)) : Value.FromBigInteger(IntMath.Pow(a, b));
            case BinaryOperator.LShift:
                return Value.FromBigInteger(IntMath.LeftShift(a, b));
            case BinaryOperator.RShift:
                return Value.FromBigInteger(IntMath.RightShift(a, b));
            case BinaryOperator.BitAnd:
                return Value.FromBigInteger(a & b);
            case BinaryOperator.BitOr:
                return Value.FromBigInteger(a | b);
            case BinaryOperator.BitXor:
                return Value.FromBigInteger(a ^ b);
            default:
                throw Unsupported(op, Value.FromBigInteger(a), Value.FromBigInteger(b), false);
        }
    }

    public static Value Floats(BinaryOperator op, double x, double y, Value a, Value b, bool inplace) => op switch
    {
        BinaryOperator.Add => Value.FromFloat(x + y),
        BinaryOperator.Sub => Value.FromFloat(x - y),
        BinaryOperator.Mult => Value.FromFloat(x * y),
        BinaryOperator.Div => Value.FromFloat(FloatMath.TrueDivide(x, y)),
        BinaryOperator.FloorDiv => Value.FromFloat(FloatMath.FloorDiv(x, y)),
        BinaryOperator.Mod => Value.FromFloat(FloatMath.Mod(x, y)),
        BinaryOperator.Pow => Value.FromFloat(FloatMath.Pow(x, y)),
        _ => throw Unsupported(op, a, b, inplace),
    };

    private static Value Concatenate(Value a, Value b, bool inplace)
    {
        switch (a.Ref, b.Ref)
        {
            case (PyStr x, PyStr y):
                return Value.FromObject(PyStr.Concat(x, y));
            case (PyList x, PyList y):
                if (inplace)
                {
                    x.AddRange(y.Items.ToArray());
                    return a;
                }

                var list = new PyList(x.Count + y.Count);
                list.AddRange(x.Items);
                list.AddRange(y.Items);
                return Value.FromObject(list);
            case (PyList x, _) when inplace:
                var extra = Iteration.TryGetIterator(b) ?? throw PyErrors.TypeError($"'{TypeNames.Of(b)}' object is not iterable");
                while (extra.TryNext(out var item))
                {
                    x.Append(item);
                }

                return a;
            case (PyTuple x, PyTuple y):
                return Value.FromObject(PyTuple.Concat(x, y));
            case (PyByteArray x, _) when inplace && BytesLike.TryGet(b, out var tail):
                x.Items.AddRange(tail);
                return a;
            case (PyBytes or PyByteArray, _) when BytesLike.TryGet(b, out var right):
                return BytesLike.Make(a, [.. BytesLike.Require(a), .. right]);
            case (PyBytes or PyByteArray, _):
                throw PyErrors.TypeError($"can't concat {TypeNames.Of(b)} to {TypeNames.Of(a)}");
            case (PyStr or PyList or PyTuple, _):
                throw PyErrors.TypeError($"can only concatenate {a.Type.LayoutBase.Name} (not \"{TypeNames.Of(b)}\") to {a.Type.LayoutBase.Name}");
            default:
                throw Unsupported(BinaryOperator.Add, a, b, inplace);
        }
    }

    private static Value Repeat(Value a, Value b, bool inplace)
    {
        Value sequence, count;
        if (IsSequence(a))
        {
            (sequence, count) = (a, b);
        }
        else if (IsSequence(b) && !(inplace && HasSequenceMethods(a)))
        {
            // `n *= seq` repeats the right operand into a new object, never in place.
            (sequence, count) = (b, a);
            inplace = false;
        }
        else
        {
            throw Unsupported(BinaryOperator.Mult, a, b, inplace);
        }

        if (!Numbers.TryGetIndexValue(count, out var integer))
        {
            throw PyErrors.TypeError($"can't multiply sequence by non-int of type '{TypeNames.Of(count)}'");
        }

        if (!Numbers.TryGetBigInteger(integer, out var big) || big > int.MaxValue)
        {
            if (big > long.MaxValue)
            {
                throw PyErrors.Overflow($"cannot fit '{TypeNames.Of(count)}' into an index-sized integer");
            }

            // Past the machine word CPython's bytes says so; anything else is more than memory holds.
            if (sequence.Ref is PyBytes { Value.Length: var length } && length * big > long.MaxValue)
            {
                throw PyErrors.Overflow("repeated bytes are too long");
            }

            throw PyErrors.New(ExceptionTypes.MemoryError, "");
        }

        var times = (int)BigInteger.Max(big, 0);
        switch (sequence.Ref)
        {
            case PyStr s:
                if ((long)s.Value.Length * times > int.MaxValue / 2)
                {
                    throw PyErrors.New(ExceptionTypes.MemoryError, "");
                }

                return Value.FromString(new StringBuilder(s.Value.Length * times).Insert(0, s.Value, times).ToString());
            case PyList list:
                var items = RepeatItems(list.Items, times);
                if (inplace)
                {
                    list.SetItems(items);
                    return sequence;
                }

                return Value.FromObject(new PyList(items));
            case PyTuple tuple:
                return Value.FromObject(new PyTuple(RepeatItems(tuple.Items, times)));
            case PyBytes or PyByteArray when (long)BytesLike.Require(sequence).Length * times > Array.MaxLength:
                throw PyErrors.New(ExceptionTypes.MemoryError, "");
            case PyByteArray array when inplace:
                var repeated = Enumerable.Repeat(array.Items.ToArray(), times).SelectMany(x => x).ToArray();
                array.Items.Clear();
                array.Items.AddRange(repeated);
                return sequence;
            default:
                var bytes = BytesLike.Require(sequence).ToArray();
                return BytesLike.Make(sequence, Enumerable.Repeat(bytes, times).SelectMany(x => x).ToArray());
        }
    }

    private static Value[] RepeatItems(ReadOnlySpan<Value> items, int times)
    {
        if ((long)items.Length * times > int.MaxValue / 16)
        {
            throw PyErrors.New(ExceptionTypes.MemoryError, "");
        }

        var result = new Value[items.Length * times];
        for (var i = 0; i < times; i++)
        {
            items.CopyTo(result.AsSpan(i * items.Length));
        }

        return result;
    }

    /// <summary><c>a | b</c> makes a union when both may be members and one of them is not None (<c>None | None</c> is an error).</summary>
    private static bool IsTypeUnion(Value a, Value b) => PyUnionType.IsMember(a) && PyUnionType.IsMember(b) && !(a.IsNone && b.IsNone);

    private static bool IsSequence(Value value) => value.Ref is PyStr or PyList or PyTuple or PyBytes or PyByteArray;

    /// <summary>
    /// Whether CPython's type of <paramref name="value"/> has sequence methods without a repeat of
    /// its own (every class written in Python, dicts, sets, ranges, dict views): an in-place
    /// <c>*=</c> on it then fails rather than repeating a sequence on the right, as CPython's
    /// PyNumber_InPlaceMultiply does.
    /// </summary>
    private static bool HasSequenceMethods(Value value) => !value.Type.IsBuiltin || value.Ref is PyDict or PySet or PyRange or PyDictView;

    public static Value Negate(Value a)
    {
        if (a.IsInt)
        {
            return a.AsInt == long.MinValue ? PyBigInt.Negated(a.AsInt) : Value.FromInt(-a.AsInt);
        }

        if (a.Ref is PyBigInt { IsExact: true } big)
        {
            return big.Negate();
        }

        if (SpecialMethods.IsUserObject(a) && UserOperators.TryUnary("__neg__", a, out var overridden))
        {
            return overridden;
        }

        return Numbers.Classify(a, out var small, out var bigValue, out var real) switch
        {
            NumberKind.Float => Value.FromFloat(-real),
            NumberKind.Small => small == long.MinValue ? PyBigInt.Negated(small) : Value.FromInt(-small),
            NumberKind.Big => Value.FromBigInteger(-bigValue),
            _ => throw BadUnary("-", a),
        };
    }

    public static Value Positive(Value a) =>
        SpecialMethods.IsUserObject(a) && UserOperators.TryUnary("__pos__", a, out var result) ? result
        : Numbers.Classify(a, out var small, out _, out var real) switch
        {
            NumberKind.Small => Value.FromInt(small),
            NumberKind.Float => Value.FromFloat(real),
            NumberKind.Big => Numbers.Exact(a),
            _ => throw BadUnary("+", a),
        };

    public static Value Invert(Value a) =>
        SpecialMethods.IsUserObject(a) && UserOperators.TryUnary("__invert__", a, out var result) ? result
        : Numbers.Classify(a, out var small, out var big, out _) switch
        {
            NumberKind.Small => Value.FromInt(~small),
            NumberKind.Big => Value.FromBigInteger(-big - 1),
            _ => throw BadUnary("~", a),
        };

    private static PythonException BadUnary(string symbol, Value a) =>
        PyErrors.TypeError($"bad operand type for unary {symbol}: '{TypeNames.Of(a)}'");

    public static PythonException Unsupported(BinaryOperator op, Value a, Value b, bool inplace) =>
        PyErrors.TypeError($"unsupported operand type(s) for {Symbol(op)}{(inplace ? "=" : "")}{(op == BinaryOperator.Pow && !inplace ? " or pow()" : "")}: '{TypeNames.Of(a)}' and '{TypeNames.Of(b)}'");

    public static string Symbol(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "+",
        BinaryOperator.Sub => "-",
        BinaryOperator.Mult => "*",
        BinaryOperator.MatMult => "@",
        BinaryOperator.Div => "/",
        BinaryOperator.Mod => "%",
        BinaryOperator.Pow => "**",
        BinaryOperator.LShift => "<<",
        BinaryOperator.RShift => ">>",
        BinaryOperator.BitOr => "|",
        BinaryOperator.BitXor => "^",
        BinaryOperator.BitAnd => "&",
        _ => "//",
    };
}
