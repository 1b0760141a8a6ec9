using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Builtins;

/// <summary>
/// The iteration protocol of the builtin types beyond list, tuple and dict's item protocol
/// (<see cref="ContainerDunders"/>) as attributes: <c>__iter__</c>, <c>__len__</c> and
/// <c>__contains__</c> of sets, bytes, ranges and dict views, <c>str.__iter__</c>, bytes' and ranges'
/// <c>__getitem__</c>, the <c>__reversed__</c> of dicts, ranges and views, and a range's and None's
/// <c>__bool__</c>. Code asks <c>hasattr(x, "__iter__")</c>, and a subclass reaches the builtin
/// behaviour through <c>super()</c>; <c>for</c>, <c>len</c> and <c>in</c> never look these up.
/// </summary>
internal static class IterationDunders
{
    public static PyType[] Types =>
    [
        PyType.Set, PyType.FrozenSet, PyType.Bytes, PyType.ByteArray, PyType.Range,
        PyType.DictKeys, PyType.DictValues, PyType.DictItems, PyType.Dict, PyType.Str, PyType.NoneType,
    ];

    /// <summary>Installs what <paramref name="type"/>, one of <see cref="Types"/>, has of the protocol.</summary>
    public static void Install(PyType type)
    {
        if (type == PyType.Str)
        {
            OperatorDunders.AddSlot(type, "__iter__", 0, (vm, args) => Value.FromObject(Iteration.BuiltinIterator(args[0])!));
            return;
        }

        if (type == PyType.NoneType)
        {
            OperatorDunders.AddSlot(type, "__bool__", 0, (vm, args) => Value.False);
            return;
        }

        if (type != PyType.Dict)
        {
            OperatorDunders.AddSlot(type, "__len__", 0, (vm, args) => Value.FromInt(BuiltinFunctions.BuiltinLength(args[0])));
            OperatorDunders.AddSlot(type, "__iter__", 0, (vm, args) => Value.FromObject(Iteration.BuiltinIterator(args[0])!));
            if (type != PyType.DictValues)
            {
                OperatorDunders.AddSlot(type, "__contains__", 1, (vm, args) => Value.FromBool(Comparison.BuiltinContains(args[0], args[1])));
            }
        }

        if (type == PyType.Bytes || type == PyType.ByteArray || type == PyType.Range)
        {
            OperatorDunders.AddSlot(type, "__getitem__", 1, (vm, args) => Subscripts.BuiltinGetItem(args[0], args[1]));
        }

        if (type == PyType.Dict || type == PyType.Range || type == PyType.DictKeys || type == PyType.DictValues || type == PyType.DictItems)
        {
            AddReversed(type);
        }

        if (type == PyType.Range)
        {
            OperatorDunders.AddSlot(type, "__bool__", 0, (vm, args) => Value.FromBool(BuiltinFunctions.BuiltinLength(args[0]) != 0));
        }
    }

    /// <summary><c>__reversed__</c>, an ordinary method in CPython: what <c>reversed()</c> gives for the builtin type.</summary>
    internal static void AddReversed(PyType type) =>
        BuiltinMethods.AddSpecial(type, "__reversed__", (vm, args) =>
        {
            ArgumentCheck.NoArguments(args, $"{type.Name}.__reversed__");
            return Value.FromObject(IteratorFunctions.BuiltinReversed(args[0]));
        }, slotWrapper: false);
}
