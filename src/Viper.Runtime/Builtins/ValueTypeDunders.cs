using System.Globalization;
using Viper.Frontend.Ast;
using Viper.Runtime.Formatting;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Builtins;

/// <summary>
/// The special methods of int, float and str as attributes (<c>int.__add__</c>, <c>str.__eq__</c>,
/// <c>super().__repr__()</c>), which a subclass overriding one calls to reach the builtin behaviour.
/// The operators themselves never look these up: they act on the values directly.
/// </summary>
internal static class ValueTypeDunders
{
    private static readonly (string Name, BinaryOperator Op)[] IntOperators =
    [
        ("add", BinaryOperator.Add), ("sub", BinaryOperator.Sub), ("mul", BinaryOperator.Mult), ("truediv", BinaryOperator.Div),
        ("floordiv", BinaryOperator.FloorDiv), ("mod", BinaryOperator.Mod), ("pow", BinaryOperator.Pow), ("lshift", BinaryOperator.LShift),
        ("rshift", BinaryOperator.RShift), ("and", BinaryOperator.BitAnd), ("or", BinaryOperator.BitOr), ("xor", BinaryOperator.BitXor),
    ];

    public static PyType[] Types => [PyType.Int, PyType.Float, PyType.Str];

    /// <summary>Installs the special methods of <paramref name="type"/>, one of <see cref="Types"/>.</summary>
    public static void Install(PyType type)
    {
        if (type == PyType.Str)
        {
            AddBinary(type, "add", BinaryOperator.Add, IsStr, reflected: false);
            AddBinary(type, "mul", BinaryOperator.Mult, IsInt);
            AddBinary(type, "mod", BinaryOperator.Mod, _ => true, reflected: false);
        }
        else
        {
            foreach (var (name, op) in IntOperators)
            {
                if (type == PyType.Int || op is not (BinaryOperator.LShift or BinaryOperator.RShift or BinaryOperator.BitAnd or BinaryOperator.BitOr or BinaryOperator.BitXor))
                {
                    AddBinary(type, name, op, type == PyType.Int ? IsInt : IsNumber);
                }
            }
        }

        Func<Value, bool> accepts = type == PyType.Int ? IsInt : type == PyType.Float ? IsNumber : IsStr;
        foreach (var (name, op) in OperatorDunders.Comparisons)
        {
            BuiltinMethods.Add(type, $"__{name}__", (vm, args) =>
            {
                ArgumentCheck.Exactly(args, $"__{name}__", 2);
                return accepts(args[1]) ? Comparison.Compare(args[0], Numbers.Exact(args[1]), op) : Value.FromObject(PyNotImplemented.Instance);
            });
        }

        // int's repr of a bool is its number (int.__repr__(True) is '1'); bool has its own for True and False.
        BuiltinMethods.Add(type, "__repr__", (vm, args) => Value.FromString(args[0].Ref is PyBool b ? b.AsLong.ToString(CultureInfo.InvariantCulture) : Repr.Of(args[0])));
        // int and float have no __str__ of their own in CPython (object's prints the repr), so a mixin's can come after them.
        if (type == PyType.Str)
        {
            BuiltinMethods.Add(type, "__str__", (vm, args) => Value.FromString(Repr.Str(args[0])));
        }

        BuiltinMethods.Add(type, "__hash__", (vm, args) => Value.FromInt(Hashing.Hash(args[0])));
        BuiltinMethods.Add(type, "__format__", (vm, args) =>
        {
            ArgumentCheck.Exactly(args, "__format__", 2);
            return Value.FromString(ValueFormatter.Format(args[0], ArgumentCheck.Str(args[1], "__format__() argument").Value));
        });

        if (type != PyType.Str)
        {
            BuiltinMethods.Add(type, "__neg__", (vm, args) => Arithmetic.Negate(args[0]));
            BuiltinMethods.Add(type, "__pos__", (vm, args) => Arithmetic.Positive(args[0]));
            BuiltinMethods.Add(type, "__abs__", (vm, args) =>
                Comparison.CompareToBool(args[0], Value.FromInt(0), CompareOperator.Lt) ? Arithmetic.Negate(args[0]) : Arithmetic.Positive(args[0]));
            BuiltinMethods.Add(type, "__bool__", (vm, args) => Value.FromBool(Truth.IsTrue(args[0])));
            BuiltinMethods.Add(type, "__int__", (vm, args) => PyType.Int.Constructor!(vm, new CallArgs([args[0]], null)));
            BuiltinMethods.Add(type, "__float__", (vm, args) => PyType.Float.Constructor!(vm, new CallArgs([args[0]], null)));
        }

        if (type == PyType.Str)
        {
            InstallStrExtras(type);
        }
        else
        {
            InstallRounding(type, accepts);
        }

        if (type == PyType.Int)
        {
            BuiltinMethods.Add(type, "__index__", (vm, args) => args[0]);
            BuiltinMethods.Add(type, "__invert__", (vm, args) => Arithmetic.Invert(args[0]));
        }
        else if (type == PyType.Str)
        {
            BuiltinMethods.Add(type, "__len__", (vm, args) => Value.FromInt(((PyStr)args[0].Ref!).Length));
            BuiltinMethods.Add(type, "__contains__", (vm, args) =>
            {
                ArgumentCheck.Exactly(args, "__contains__", 2);
                return Value.FromBool(Comparison.Contains(args[0], args[1]));
            });
            BuiltinMethods.Add(type, "__getitem__", (vm, args) =>
            {
                ArgumentCheck.Exactly(args, "__getitem__", 2);
                return Subscripts.GetItem(args[0], args[1]);
            });
        }
    }

    /// <summary><c>round</c>, <c>math.floor</c>/<c>ceil</c>/<c>trunc</c> and <c>divmod</c> as int's and float's special methods.</summary>
    private static void InstallRounding(PyType type, Func<Value, bool> accepts)
    {
        BuiltinMethods.Add(type, "__round__", (vm, args) =>
        {
            ArgumentCheck.NoKeywords(args, $"{type.Name}.__round__");
            if (args.Count > 2)
            {
                throw Errors.PyErrors.TypeError($"__round__ expected at most 1 argument, got {args.Count - 1}");
            }

            return NumericFunctions.Round(vm, new CallArgs([Numbers.Exact(args[0]), args.Count == 2 ? args[1] : Value.None], null));
        });
        BuiltinMethods.Add(type, "__floor__", (vm, args) =>
        {
            ArgumentCheck.NoArguments(args, $"{type.Name}.__floor__");
            return Modules.MathModule.Rounded(args[0], Math.Floor);
        });
        BuiltinMethods.Add(type, "__ceil__", (vm, args) =>
        {
            ArgumentCheck.NoArguments(args, $"{type.Name}.__ceil__");
            return Modules.MathModule.Rounded(args[0], Math.Ceiling);
        });
        BuiltinMethods.Add(type, "__trunc__", (vm, args) =>
        {
            ArgumentCheck.NoArguments(args, $"{type.Name}.__trunc__");
            return Modules.MathModule.Rounded(args[0], Math.Truncate);
        });
        OperatorDunders.AddSlot(type, "__divmod__", 1, (vm, args) =>
            accepts(args[1]) ? NumericFunctions.DivMod(vm, new CallArgs([Numbers.Exact(args[0]), Numbers.Exact(args[1])], null)) : Value.FromObject(PyNotImplemented.Instance));
        OperatorDunders.AddSlot(type, "__rdivmod__", 1, (vm, args) =>
            accepts(args[1]) ? NumericFunctions.DivMod(vm, new CallArgs([Numbers.Exact(args[1]), Numbers.Exact(args[0])], null)) : Value.FromObject(PyNotImplemented.Instance));
    }

    private static void InstallStrExtras(PyType str)
    {
        OperatorDunders.AddSlot(str, "__rmod__", 1, (vm, args) =>
            args[1].Ref is PyStr ? Arithmetic.BuiltinBinary(BinaryOperator.Mod, args[1], args[0]) : Value.FromObject(PyNotImplemented.Instance));
        BuiltinMethods.Add(str, "__getnewargs__", (vm, args) =>
        {
            ArgumentCheck.NoArguments(args, "str.__getnewargs__");
            return Value.FromObject(PyTuple.Of(Value.FromString(((PyStr)args[0].Ref!).Value)));
        });
    }

    /// <summary>Adds <c>__name__</c> and, unless told otherwise, <c>__rname__</c>; an operand the type does not take gets NotImplemented.</summary>
    private static void AddBinary(PyType type, string name, BinaryOperator op, Func<Value, bool> accepts, bool reflected = true)
    {
        BuiltinMethods.Add(type, $"__{name}__", (vm, args) =>
        {
            ArgumentCheck.Exactly(args, $"__{name}__", 2);
            return accepts(args[1]) ? Arithmetic.Binary(op, args[0], Numbers.Exact(args[1])) : Value.FromObject(PyNotImplemented.Instance);
        });
        if (reflected)
        {
            BuiltinMethods.Add(type, $"__r{name}__", (vm, args) =>
            {
                ArgumentCheck.Exactly(args, $"__r{name}__", 2);
                return accepts(args[1]) ? Arithmetic.Binary(op, Numbers.Exact(args[1]), args[0]) : Value.FromObject(PyNotImplemented.Instance);
            });
        }
    }

    private static bool IsInt(Value value) => Numbers.IsInteger(value);

    private static bool IsNumber(Value value) => Numbers.Classify(value, out _, out _, out _) != NumberKind.NotNumber;

    private static bool IsStr(Value value) => value.Ref is PyStr;
}
