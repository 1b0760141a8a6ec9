using Viper.Frontend.Ast;
using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Builtins;

/// <summary>
/// The operators of the builtin containers as attributes (<c>list.__add__</c>, <c>set.__or__</c>,
/// <c>dict.__eq__</c>, <c>tuple.__hash__</c>), as CPython's slot wrappers give them: an operand of a
/// type the operator does not take gets NotImplemented (or the TypeError CPython's slot raises), and
/// the result is the builtin operator's, whatever special methods a subclass defines, so
/// <c>super().__add__(other)</c> in such a subclass reaches the builtin behaviour. The operators
/// themselves never look these up. The mutable containers' <c>__hash__</c> is None, as in CPython.
/// </summary>
internal static class OperatorDunders
{
    /// <summary>The six rich comparisons by the stem of their special method's name.</summary>
    internal static readonly (string Name, CompareOperator Op)[] Comparisons =
    [
        ("eq", CompareOperator.Eq), ("ne", CompareOperator.NotEq), ("lt", CompareOperator.Lt),
        ("le", CompareOperator.LtE), ("gt", CompareOperator.Gt), ("ge", CompareOperator.GtE),
    ];

    private static readonly (string Name, BinaryOperator Op)[] SetOperators =
    [
        ("or", BinaryOperator.BitOr), ("and", BinaryOperator.BitAnd), ("sub", BinaryOperator.Sub), ("xor", BinaryOperator.BitXor),
    ];

    private static Value NotImplemented => Value.FromObject(PyNotImplemented.Instance);

    public static PyType[] Types =>
        [PyType.List, PyType.Tuple, PyType.Bytes, PyType.ByteArray, PyType.Range, PyType.Dict, PyType.Set, PyType.FrozenSet];

    /// <summary>Installs the operators of <paramref name="type"/>, one of <see cref="Types"/>.</summary>
    public static void Install(PyType type)
    {
        if (type == PyType.List || type == PyType.Dict || type == PyType.Set || type == PyType.ByteArray)
        {
            type.SetAttribute("__hash__", Value.None);
        }
        else
        {
            AddSlot(type, "__hash__", 0, (vm, args) => Value.FromInt(Hashing.BuiltinHash(args[0])));
        }

        if (type == PyType.Dict)
        {
            InstallDict(type);
        }
        else if (type == PyType.Set || type == PyType.FrozenSet)
        {
            InstallSet(type);
        }
        else if (type == PyType.Range)
        {
            AddComparisons(type, other => other.Ref is PyRange, orders: false);
        }
        else
        {
            InstallSequence(type);
        }
    }

    private static void InstallSequence(PyType type)
    {
        var isBytes = type == PyType.Bytes || type == PyType.ByteArray;
        AddSlot(type, "__add__", 1, (vm, args) =>
        {
            if (!isBytes && !args[1].Type.IsSubtypeOf(type))
            {
                throw PyErrors.TypeError($"can only concatenate {type.Name} (not \"{TypeNames.Of(args[1])}\") to {type.Name}");
            }

            return Arithmetic.BuiltinBinary(BinaryOperator.Add, args[0], args[1]);
        });
        AddSlot(type, "__mul__", 1, (vm, args) => Repeat(args[0], args[1], inplace: false));
        AddSlot(type, "__rmul__", 1, (vm, args) => Repeat(args[0], args[1], inplace: false));
        AddComparisons(type, other => isBytes ? other.Ref is PyBytes or PyByteArray : other.Type.IsSubtypeOf(type));
        if (type == PyType.List || type == PyType.ByteArray)
        {
            AddSlot(type, "__iadd__", 1, (vm, args) => Arithmetic.BuiltinBinary(BinaryOperator.Add, args[0], args[1], inplace: true));
            AddSlot(type, "__imul__", 1, (vm, args) => Repeat(args[0], args[1], inplace: true));
        }

        if (type == PyType.List)
        {
            IterationDunders.AddReversed(type);
        }
        else if (type == PyType.Tuple)
        {
            BuiltinMethods.AddSpecial(type, "__getnewargs__", (vm, args) =>
            {
                ArgumentCheck.NoArguments(args, "tuple.__getnewargs__");
                return Value.FromObject(PyTuple.Of(Value.FromObject(PyTuple.Of([.. ((PyTuple)args[0].Ref!).Items]))));
            }, slotWrapper: false);
        }
    }

    private static void InstallDict(PyType dict)
    {
        AddComparisons(dict, other => other.Ref is PyDict, orders: false);
        AddSlot(dict, "__or__", 1, (vm, args) => args[1].Ref is PyDict ? Merged(args[0], args[1]) : NotImplemented);
        AddSlot(dict, "__ror__", 1, (vm, args) => args[1].Ref is PyDict ? Merged(args[1], args[0]) : NotImplemented);
        AddSlot(dict, "__ior__", 1, (vm, args) =>
        {
            DictMethods.Update((PyDict)args[0].Ref!, args[1]);
            return args[0];
        });
    }

    private static void InstallSet(PyType type)
    {
        foreach (var (name, op) in SetOperators)
        {
            AddSlot(type, $"__{name}__", 1, (vm, args) =>
                args[1].Ref is PySet other ? SetAlgebra.Operator(op, (PySet)args[0].Ref!, other, inplace: false)!.Value : NotImplemented);
            AddSlot(type, $"__r{name}__", 1, (vm, args) =>
                args[1].Ref is PySet other ? SetAlgebra.Operator(op, other, (PySet)args[0].Ref!, inplace: false)!.Value : NotImplemented);
            if (type == PyType.Set)
            {
                AddSlot(type, $"__i{name}__", 1, (vm, args) =>
                    args[1].Ref is PySet other ? SetAlgebra.Operator(op, (PySet)args[0].Ref!, other, inplace: true)!.Value : NotImplemented);
            }
        }

        AddComparisons(type, other => other.Ref is PySet);
    }

    /// <summary>
    /// The six rich comparisons, each the builtin comparison when <paramref name="accepts"/> takes the
    /// other operand and NotImplemented otherwise; a type that is not ordered (<paramref name="orders"/>
    /// false: dict, range) answers NotImplemented to the four orderings.
    /// </summary>
    private static void AddComparisons(PyType type, Func<Value, bool> accepts, bool orders = true)
    {
        foreach (var (name, op) in Comparisons)
        {
            AddSlot(type, $"__{name}__", 1, (vm, args) =>
            {
                if (!accepts(args[1]) || (!orders && op is not (CompareOperator.Eq or CompareOperator.NotEq)))
                {
                    return NotImplemented;
                }

                return Value.FromBool(op switch
                {
                    CompareOperator.Eq => Comparison.BuiltinEqual(args[0], args[1]),
                    CompareOperator.NotEq => !Comparison.BuiltinEqual(args[0], args[1]),
                    _ => Comparison.BuiltinOrder(args[0], args[1], op),
                });
            });
        }
    }

    /// <summary><c>seq * n</c>: the count must be an index (<c>[1] * 2.0</c> is a TypeError from the slot, not NotImplemented).</summary>
    private static Value Repeat(Value sequence, Value count, bool inplace) =>
        Arithmetic.BuiltinBinary(BinaryOperator.Mult, sequence, Value.FromInt(ArgumentCheck.Index(count)), inplace);

    /// <summary><c>a | b</c> of two dicts: a new plain dict of a's items updated from b's.</summary>
    private static Value Merged(Value first, Value second)
    {
        var merged = new PyDict();
        DictMethods.Update(merged, first);
        DictMethods.Update(merged, second);
        return Value.FromObject(merged);
    }

    /// <summary>
    /// A slot wrapper taking <paramref name="arity"/> arguments besides its receiver, with CPython's
    /// messages for keywords and other counts.
    /// </summary>
    internal static void AddSlot(PyType type, string name, int arity, BuiltinBody body) =>
        BuiltinMethods.AddSpecial(type, name, (vm, args) =>
        {
            if (args.KeywordCount > 0)
            {
                throw PyErrors.TypeError($"wrapper {name}() takes no keyword arguments");
            }

            if (args.Count - 1 != arity)
            {
                throw PyErrors.TypeError($"expected {arity} argument{(arity == 1 ? "" : "s")}, got {args.Count - 1}");
            }

            return body(vm, args);
        });
}
