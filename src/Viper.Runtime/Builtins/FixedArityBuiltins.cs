using Viper.Frontend.Ast;
using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;
using Viper.Runtime.Vm;

namespace Viper.Runtime.Builtins;

/// <summary>
/// The common builtins called with one or two positional arguments, taking them as values: the VM
/// and compiled code call these without building an argument span, checking arity or making a
/// consumer (a two-argument <c>min</c> through its generic body allocates three objects). Each is
/// its builtin's whole semantics for that arity (the generic bodies call these after their arity
/// checks): the inline cases are ints, floats and exact builtin types, everything else goes to the
/// operation the generic body uses. Each builtin that has one carries its own
/// <see cref="BuiltinIntrinsic"/>, which is how the CIL tier recognises it at a call site and calls
/// the method here directly. <c>next</c>'s body alone may return the pending-raise marker (see
/// <see cref="Interpreter.PendingRaise"/>) for an exhausted iterator, so it has no intrinsic and
/// no generic body calls it: only the VM's call and compiled code's calls reach it, which test for
/// the marker.
/// </summary>
internal static class FixedArityBuiltins
{
    /// <summary>The intrinsic and the fixed-arity bodies of the builtin function <paramref name="name"/>.</summary>
    public static (BuiltinIntrinsic Intrinsic, BuiltinBody1? One, BuiltinBody2? Two) For(string name) => name switch
    {
        // Lambdas rather than method groups: a delegate over a static method is invoked through a
        // shuffle thunk, one over a lambda (an instance method of its singleton) is not.
        "len" => (BuiltinIntrinsic.Len, (vm, x) => Len(vm, x), null),
        "abs" => (BuiltinIntrinsic.Abs, (vm, x) => Abs(vm, x), null),
        "ord" => (BuiltinIntrinsic.Ord, (vm, x) => Ord(vm, x), null),
        "chr" => (BuiltinIntrinsic.Chr, (vm, x) => Chr(vm, x), null),
        "hash" => (BuiltinIntrinsic.Hash, (vm, x) => Hash(vm, x), null),
        "callable" => (BuiltinIntrinsic.Callable, (vm, x) => Callable(vm, x), null),
        "next" => (BuiltinIntrinsic.None, (vm, x) => NextOrPark(vm, x), null),
        "min" => (BuiltinIntrinsic.Min, null, (vm, a, b) => Min(vm, a, b)),
        "max" => (BuiltinIntrinsic.Max, null, (vm, a, b) => Max(vm, a, b)),
        "isinstance" => (BuiltinIntrinsic.IsInstance, null, (vm, x, classInfo) => IsInstance(vm, x, classInfo)),
        "issubclass" => (BuiltinIntrinsic.IsSubclass, null, (vm, x, classInfo) => IsSubclass(vm, x, classInfo)),
        "hasattr" => (BuiltinIntrinsic.HasAttr, null, (vm, owner, name) => HasAttr(vm, owner, name)),
        "getattr" => (BuiltinIntrinsic.GetAttr, null, (vm, owner, name) => GetAttr(vm, owner, name)),
        _ => (BuiltinIntrinsic.None, null, null),
    };

    public static Value Len(Interpreter vm, Value x) => Value.FromInt(BuiltinFunctions.Length(x));

    /// <summary>
    /// <c>next(it)</c> where the caller takes a parked exception: a builtin iterator or a generator
    /// that is exhausted parks its StopIteration (<c>try: next(it) except StopIteration:</c> is the
    /// idiom for a first item); everything else is the generic body.
    /// </summary>
    public static Value NextOrPark(Interpreter vm, Value iterator)
    {
        if (ExactType.Is(iterator.Ref, out PyGenerator? generator))
        {
            // Its StopIteration carries the generator's return value.
            return generator.Interpreter.ResumeGenerator(generator, Value.None, out var yielded)
                ? yielded
                : vm.ParkRaise(PyGenerator.StopIterationFor(yielded));
        }

        if (iterator.Ref is PyIterator builtinIterator and not PyGenerator)
        {
            return builtinIterator.TryNext(out var item)
                ? item
                : vm.ParkRaise(builtinIterator.TakeStopIteration() ?? PyErrors.StopIteration());
        }

        return BuiltinFunctions.Next(vm, new CallArgs([iterator], null));
    }

    public static Value Abs(Interpreter vm, Value x)
    {
        if (x.IsFloat)
        {
            return Value.FromFloat(Math.Abs(x.AsFloat));
        }

        return x.IsInt && x.AsInt != long.MinValue ? Value.FromInt(Math.Abs(x.AsInt)) : BuiltinFunctions.AbsoluteValue(x);
    }

    /// <summary><c>ord(c)</c>: the code point of a one-character str (a surrogate pair is one), or the byte of a one-byte bytes or bytearray.</summary>
    public static Value Ord(Interpreter vm, Value c)
    {
        switch (c.Ref)
        {
            case PyStr s:
                if (s.Length != 1)
                {
                    throw NotOneCharacter(s.Length);
                }

                var text = s.Value;
                return Value.FromInt(text.Length == 2 ? char.ConvertToUtf32(text[0], text[1]) : text[0]);
            case PyBytes bytes:
                return bytes.Value.Length == 1 ? Value.FromInt(bytes.Value[0]) : throw NotOneCharacter(bytes.Value.Length);
            case PyByteArray array:
                return array.Items.Count == 1 ? Value.FromInt(array.Items[0]) : throw NotOneCharacter(array.Items.Count);
            default:
                throw PyErrors.TypeError($"ord() expected string of length 1, but {TypeNames.Of(c)} found");
        }
    }

    public static Value Chr(Interpreter vm, Value codePoint)
    {
        if (codePoint.IsInt && (ulong)codePoint.AsInt < 256)
        {
            return Value.FromObject(PyStr.FromCodePoint((int)codePoint.AsInt));
        }

        if (codePoint.IsFloat)
        {
            throw PyErrors.TypeError("'float' object cannot be interpreted as an integer");
        }

        // CPython converts to a C int before the range check.
        var kind = Numbers.Classify(codePoint, out var small, out _, out _);
        if (kind == NumberKind.Big || (kind == NumberKind.Small && small is < int.MinValue or > int.MaxValue))
        {
            throw PyErrors.Overflow("Python int too large to convert to C int");
        }

        var code = ArgumentCheck.Index(codePoint);
        if (code is < 0 or > 0x10FFFF)
        {
            throw PyErrors.ValueError("chr() arg not in range(0x110000)");
        }

        return Value.FromObject(PyStr.FromCodePoint((int)code));
    }

    public static Value Hash(Interpreter vm, Value x) => Value.FromInt(Hashing.Hash(x));

    public static Value Callable(Interpreter vm, Value x) => Value.FromBool(BuiltinFunctions.IsCallable(x));

    /// <summary><c>min(a, b)</c>: <c>b</c> only when <c>b &lt; a</c>, so ties and NaNs keep the first, as CPython's loop does.</summary>
    public static Value Min(Interpreter vm, Value a, Value b)
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
    public static Value Max(Interpreter vm, Value a, Value b)
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

    /// <summary><c>isinstance(x, classInfo)</c>: an object of exactly that class answers first, before any hook, as in CPython.</summary>
    public static Value IsInstance(Interpreter vm, Value x, Value classInfo) =>
        ReferenceEquals(x.Type, classInfo.Ref) ? Value.True : Value.FromBool(ClassChecks.IsInstance(x, classInfo));

    public static Value IsSubclass(Interpreter vm, Value derived, Value classInfo) => Value.FromBool(ClassChecks.IsSubclass(derived, classInfo));

    public static Value HasAttr(Interpreter vm, Value owner, Value name) =>
        Value.FromBool(Attributes.TryGet(owner, AttributeFunctions.Name(name, "attribute name must be string"), out _));

    /// <summary><c>getattr(owner, name)</c> without a default.</summary>
    public static Value GetAttr(Interpreter vm, Value owner, Value name) =>
        Attributes.Get(owner, AttributeFunctions.Name(name, "attribute name must be string"));

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

        // Only compiled code's calls reach this body, and they take a parked exception: a string
        // that is no int literal (try: int(s) except ValueError:) parks its ValueError.
        if (x.Ref is PyStr { IsExact: true } text)
        {
            return Numerics.IntParser.TryParse(text.Value, 10, Numerics.IntParser.DefaultMaxStrDigits, out var parsed, out var error)
                ? Value.FromBigInteger(parsed)
                : vm.ParkRaise(PyErrors.ValueError(error));
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

    private static PythonException NotOneCharacter(int length) =>
        PyErrors.TypeError($"ord() expected a character, but string of length {length} found");
}
