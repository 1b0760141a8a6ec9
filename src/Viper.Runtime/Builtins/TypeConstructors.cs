using System.Numerics;
using Viper.Runtime.Errors;
using Viper.Runtime.Numerics;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;
using Viper.Runtime.Vm;

namespace Viper.Runtime.Builtins;

/// <summary>What calling a builtin type does: <c>int("7")</c>, <c>list(range(3))</c>, <c>type(x)</c>.</summary>
public static class TypeConstructors
{
    public static void Install()
    {
        PyType.Int.Constructor = Int;
        PyType.Float.Constructor = Float;
        PyType.Int.ConstructOne = FixedArityBuiltins.Int;
        PyType.Float.ConstructOne = FixedArityBuiltins.Float;
        PyType.Str.Constructor = Str;
        PyType.Str.ConstructOne = (vm, value) => StrOf(value);
        PyType.Bool.Constructor = (vm, args) =>
        {
            ArgumentCheck.Range(args, "bool", 0, 1);
            return Value.FromBool(args.Count == 1 && Truth.IsTrue(args[0]));
        };
        PyType.List.Constructor = (vm, args) =>
        {
            ArgumentCheck.Range(args, "list", 0, 1);
            return args.Count == 0 ? Value.FromObject(new PyList()) : ListOf(args[0]);
        };
        PyType.List.ConstructOne = (vm, iterable) => ListOf(iterable);
        PyType.Tuple.Constructor = (vm, args) =>
        {
            ArgumentCheck.Range(args, "tuple", 0, 1);
            return args.Count == 0 ? Value.FromObject(PyTuple.Empty) : TupleOf(args[0]);
        };
        PyType.Tuple.ConstructOne = (vm, iterable) => TupleOf(iterable);
        PyType.Dict.Constructor = Dict;
        PyType.Dict.ConstructOne = (vm, source) => DictOf(source);
        PyGenericAlias.GenericAliasType.Constructor = (vm, args) =>
            args.KeywordCount > 0 ? throw PyErrors.TypeError("GenericAlias() takes no keyword arguments")
            : args.Count != 2 ? throw PyErrors.TypeError($"GenericAlias expected 2 arguments, got {args.Count}")
            : TypeHints.ClassGetItem(args[0], args[1]);
        PyType.Cell.Constructor = (vm, args) =>
        {
            ArgumentCheck.Range(args, "cell", 0, 1);
            return Value.FromObject(new PyCell(args.Count == 0 ? default : args[0]));
        };
        PyType.Range.Constructor = Range;
        PyType.Range.ConstructOne = (vm, stop) => stop.IsInt ? Value.FromObject(PyRange.OfSmall(0, stop.AsInt, 1)) : Range(vm, new CallArgs([stop], null));
        PyType.Module.Constructor = Module;
        PyType.Set.Constructor = (vm, args) =>
        {
            ArgumentCheck.Range(args, "set", 0, 1);
            return Value.FromObject(SetAlgebra.New(PyType.Set, args.Count == 1 ? args[0] : default));
        };
        PyType.FrozenSet.Constructor = (vm, args) =>
        {
            ArgumentCheck.Range(args, "frozenset", 0, 1);
            return args.Count == 1 && args[0].Ref is PySet set && ReferenceEquals(set.Type, PyType.FrozenSet)
                ? args[0]
                : Value.FromObject(SetAlgebra.New(PyType.FrozenSet, args.Count == 1 ? args[0] : default));
        };
        PyType.Set.ConstructOne = (vm, iterable) => Value.FromObject(SetAlgebra.New(PyType.Set, iterable));
        PyType.FrozenSet.ConstructOne = (vm, iterable) =>
            iterable.Ref is PySet set && ReferenceEquals(set.Type, PyType.FrozenSet) ? iterable : Value.FromObject(SetAlgebra.New(PyType.FrozenSet, iterable));
        PyType.Slice.Constructor = (vm, args) =>
        {
            ArgumentCheck.Range(args, "slice", 1, 3);
            var none = Value.None;
            return Value.FromObject(args.Count switch
            {
                1 => new PySlice(none, args[0], none),
                2 => new PySlice(args[0], args[1], none),
                _ => new PySlice(args[0], args[1], args[2]),
            });
        };
        PyType.TypeType.Constructor = (vm, args) =>
        {
            if (args.Count == 3 && args.KeywordCount == 0)
            {
                return ClassBuiltins.TypeWithThreeArguments(args);
            }

            if (args.Count != 1 || args.KeywordCount > 0)
            {
                throw PyErrors.TypeError("type() takes 1 or 3 arguments");
            }

            return Value.FromObject(args[0].Type);
        };
        foreach (var exceptionType in ExceptionTypes.All)
        {
            var type = exceptionType;
            type.Constructor = (vm, args) =>
            {
                var exception = new PyBaseException(type, args.Positional.ToArray());
                ExceptionAttributes.StoreKeywords(exception, args);
                return Value.FromObject(exception);
            };
        }
    }

    private static Value Int(Interpreter vm, CallArgs args)
    {
        var hasBase = args.TryGetKeyword("base", out var baseValue);
        if (args.KeywordCount > (hasBase ? 1 : 0))
        {
            throw PyErrors.TypeError($"'{args.KeywordNames!.First(n => n != "base")}' is an invalid keyword argument for int()");
        }

        if (args.Count > 2 || (args.Count == 2 && hasBase))
        {
            throw PyErrors.TypeError($"int() takes at most 2 arguments ({args.Count + args.KeywordCount} given)");
        }

        if (args.Count == 2)
        {
            baseValue = args[1];
            hasBase = true;
        }

        if (args.Count == 0)
        {
            return hasBase ? throw PyErrors.TypeError("int() missing string argument") : Value.FromInt(0);
        }

        var value = args[0];
        if (hasBase)
        {
            // CPython reads the base clamped to a machine word and checks its range before it
            // looks at what is to be converted.
            var radix = (int)BigInteger.Clamp(ArgumentCheck.WholeIndex(baseValue), -1, 37);
            if (radix is 1 or < 0 or > 36)
            {
                throw PyErrors.ValueError("int() base must be >= 2 and <= 36, or 0");
            }

            return value.Ref is PyStr text ? ParseInt(text.Value, radix)
                : value.Ref is PyBytes or PyByteArray ? ParseIntBytes(value, radix)
                : throw PyErrors.TypeError("int() can't convert non-string with explicit base");
        }

        // A class's own __int__ wins over the int (or str) it derives from, as in CPython.
        if (SpecialMethods.IsUserObject(value) && NumberFromSpecialMethod(value, ["__int__", "__index__"]) is { } own)
        {
            return Numbers.Exact(own);
        }

        switch (Numbers.Classify(value, out var small, out _, out var real))
        {
            case NumberKind.Small:
                return Value.FromInt(small);
            case NumberKind.Big:
                return Numbers.Exact(value);
            case NumberKind.Float:
                try
                {
                    return IntMath.TryFromDouble(real, out var truncated) ? Value.FromInt(truncated) : Value.FromBigInteger(IntMath.FromDouble(real));
                }
                catch (NumericError error)
                {
                    throw PyErrors.FromNumeric(error);
                }
        }

        return value.Ref switch
        {
            PyStr s => ParseInt(s.Value, 10),
            PyBytes or PyByteArray => ParseIntBytes(value, 10),
            _ => throw PyErrors.TypeError($"int() argument must be a string, a bytes-like object or a real number, not '{TypeNames.Of(value)}'"),
        };
    }

    /// <summary>
    /// <c>int(b"12")</c>: the bytes (or bytearray) read as ASCII digits; an invalid literal is shown
    /// as a bytes object, as CPython shows it.
    /// </summary>
    private static Value ParseIntBytes(Value source, int radix)
    {
        var bytes = BytesLike.Require(source).ToArray();
        var text = System.Text.Encoding.Latin1.GetString(bytes);
        if (IntParser.TryParse(text, radix, IntParser.DefaultMaxStrDigits, out var value, out var error))
        {
            return Value.FromBigInteger(value);
        }

        throw PyErrors.ValueError(error == IntParser.InvalidLiteralMessage(text, radix)
            ? $"invalid literal for int() with base {radix}: {Repr.Of(Value.FromObject(new PyBytes(bytes)))}"
            : error);
    }

    private static Value ParseInt(string text, int radix) =>
        IntParser.TryParse(text, radix, IntParser.DefaultMaxStrDigits, out var value, out var error)
            ? Value.FromBigInteger(value)
            : throw PyErrors.ValueError(error);

    private static Value Float(Interpreter vm, CallArgs args)
    {
        ArgumentCheck.Range(args, "float", 0, 1);
        if (args.Count == 0)
        {
            return Value.FromFloat(0.0);
        }

        var value = args[0];
        if (SpecialMethods.IsUserObject(value) && NumberFromSpecialMethod(value, ["__float__", "__index__"]) is { } converted)
        {
            return converted.IsInt ? Value.FromFloat(converted.AsInt) : Numbers.Exact(converted);
        }

        if (Numbers.TryGetDouble(value, out var real))
        {
            return Value.FromFloat(real);
        }

        if (value.Ref is PyStr s)
        {
            try
            {
                var parsed = FloatParser.Parse(s.Value);
                return Value.FromFloat(double.IsNaN(parsed) ? FloatMath.DistinctNaN() : parsed);
            }
            catch (NumericError error)
            {
                throw PyErrors.FromNumeric(error);
            }
        }

        throw PyErrors.TypeError($"float() argument must be a string or a real number, not '{TypeNames.Of(value)}'");
    }

    /// <summary><c>int(obj)</c> or <c>float(obj)</c> through the first of the class's conversion methods it defines; null if none.</summary>
    private static Value? NumberFromSpecialMethod(Value value, string[] methods)
    {
        foreach (var name in methods)
        {
            if (SpecialMethods.TryCall(value, name, [], out var result))
            {
                var valid = name == "__float__" ? result.IsFloat || result.Ref is PyFloat : Numbers.IsInteger(result);
                return valid
                    ? result
                    : throw PyErrors.TypeError($"{name} returned non-{(name == "__float__" ? "float" : "int")} (type {TypeNames.Of(result)})");
            }
        }

        return null;
    }

    private static Value Str(Interpreter vm, CallArgs args)
    {
        if (args.Count > 3)
        {
            throw PyErrors.TypeError($"str() takes at most 3 arguments ({args.Count} given)");
        }

        if (args.Count > 1)
        {
            return BytesMethods.DecodeToStr(args[0], args[1], args.Count > 2 ? args[2] : default);
        }

        ArgumentCheck.Range(args, "str", 0, 1);
        return args.Count == 0 ? Value.FromObject(PyStr.Empty) : StrOf(args[0]);
    }

    private static Value StrOf(Value value) => value.Ref is PyStr { Type.IsBuiltin: true } ? value : Value.FromString(Repr.Str(value));

    private static Value DictOf(Value source)
    {
        var dict = new PyDict();
        DictMethods.Update(dict, source);
        return Value.FromObject(dict);
    }

    private static Value Dict(Interpreter vm, CallArgs args)
    {
        if (args.Count > 1)
        {
            throw PyErrors.TypeError($"dict expected at most 1 argument, got {args.Count}");
        }

        var dict = new PyDict();
        if (args.Count == 1)
        {
            DictMethods.Update(dict, args[0]);
        }

        DictMethods.UpdateFromKeywords(dict, args);
        return Value.FromObject(dict);
    }

    /// <summary>
    /// <c>list(x)</c>: an exact list's or tuple's items copied once into the new list's array (a
    /// search's <c>child = list(domains)</c>); anything else iterated, its items moved once from
    /// the buffer they were gathered in. It went through a List, an array made from it and a copy
    /// of that array, three copies of every item.
    /// </summary>
    private static Value ListOf(Value iterable) => Value.FromObject(iterable.Ref switch
    {
        PyList { Type.IsBuiltin: true } list => PyList.Adopt(ValueCopy.ToArray(list.Items)),
        PyTuple { Type.IsBuiltin: true } tuple => PyList.Adopt(ValueCopy.ToArray(tuple.Items)),
        _ => PyList.Adopt([.. Iteration.ToList(iterable)]),
    });

    private static Value TupleOf(Value iterable) => iterable.Ref switch
    {
        PyTuple { Type: var tupleType } when tupleType == PyType.Tuple => iterable,

        // A list (a recursive generator's `tuple(items)`) is copied once, with no List<Value> between.
        PyList { Type.IsBuiltin: true } list => Value.FromObject(PyTuple.Of(ValueCopy.ToArray(list.Items))),
        _ => Value.FromObject(PyTuple.Of([.. Iteration.ToList(iterable)])),
    };

    /// <summary>The common <c>range()</c> of one to three small ints, without BigInteger; null for anything else (bools, big ints, errors).</summary>
    private static PyRange? SmallRange(CallArgs args)
    {
        var positional = args.Positional;
        foreach (var bound in positional)
        {
            if (!bound.IsInt)
            {
                return null;
            }
        }

        return positional.Length switch
        {
            1 => PyRange.OfSmall(0, positional[0].AsInt, 1),
            2 => PyRange.OfSmall(positional[0].AsInt, positional[1].AsInt, 1),
            3 when positional[2].AsInt != 0 => PyRange.OfSmall(positional[0].AsInt, positional[1].AsInt, positional[2].AsInt),
            _ => null,
        };
    }

    private static Value Range(Interpreter vm, CallArgs args)
    {
        ArgumentCheck.NoKeywords(args, "range");
        if (args.Count is < 1 or > 3)
        {
            throw PyErrors.TypeError(args.Count == 0 ? "range expected at least 1 argument, got 0" : $"range expected at most 3 arguments, got {args.Count}");
        }

        if (SmallRange(args) is { } small)
        {
            return Value.FromObject(small);
        }

        var bounds = new BigInteger[args.Count];
        for (var i = 0; i < args.Count; i++)
        {
            if (!Numbers.TryGetIndexInteger(args[i], out bounds[i]))
            {
                throw PyErrors.TypeError($"'{TypeNames.Of(args[i])}' object cannot be interpreted as an integer");
            }
        }

        var (start, stop, step) = args.Count switch
        {
            1 => (BigInteger.Zero, bounds[0], BigInteger.One),
            2 => (bounds[0], bounds[1], BigInteger.One),
            _ => (bounds[0], bounds[1], bounds[2]),
        };
        if (step.IsZero)
        {
            throw PyErrors.ValueError("range() arg 3 must not be zero");
        }

        return Value.FromObject(new PyRange(start, stop, step));
    }

    private static readonly string[] ModuleParameters = ["name", "doc"];

    /// <summary><c>types.ModuleType(name, doc=None)</c>: an empty module with the five attributes CPython gives one.</summary>
    private static Value Module(Interpreter vm, CallArgs args)
    {
        var bound = ArgumentCheck.BindParameters(args, "module", ModuleParameters, invalidKeywordStyle: true);
        if (!bound[0].IsBound)
        {
            throw PyErrors.TypeError("module() missing required argument 'name' (pos 1)");
        }

        if (bound[0].Ref is not PyStr name)
        {
            throw PyErrors.TypeError($"module() argument 'name' must be str, not {TypeNames.Of(bound[0])}");
        }

        var dict = new PyDict();
        dict.SetItem("__name__", bound[0]);
        dict.SetItem("__doc__", bound[1].IsBound ? bound[1] : Value.None);
        dict.SetItem("__package__", Value.None);
        dict.SetItem("__loader__", Value.None);
        dict.SetItem("__spec__", Value.None);
        return Value.FromObject(new PyModule(name.Value, dict) { IsMadeByCall = true });
    }
}
