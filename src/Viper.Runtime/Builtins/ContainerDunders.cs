using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Builtins;

/// <summary>
/// The item and iteration protocols of the builtin containers as attributes (<c>list.__getitem__</c>,
/// <c>super().__setitem__</c>, <c>set.__iter__</c>, <c>range.__reversed__</c>), for subclasses that
/// override one and reach the builtin behaviour through <c>super()</c>, and for code that asks
/// <c>hasattr(x, "__iter__")</c>. Subscripts, <c>len</c> and <c>for</c> never look these up: they act
/// on the builtin objects directly. Their receivers are checked as CPython checks them: most are its
/// slot wrappers, <c>list.__getitem__</c>, <c>dict.__getitem__</c>, <c>dict.__contains__</c> and the
/// <c>__reversed__</c> methods ordinary methods.
/// </summary>
internal static class ContainerDunders
{
    public static void Install()
    {
        foreach (var type in new[] { PyType.List, PyType.Tuple, PyType.Dict })
        {
            BuiltinMethods.AddSpecial(type, "__getitem__", (vm, args) =>
            {
                ArgumentCheck.OneArgument(args, $"{type.Name}.__getitem__");
                return Subscripts.BuiltinGetItem(args[0], args[1]);
            }, slotWrapper: type == PyType.Tuple);
            BuiltinMethods.AddSpecial(type, "__len__", (vm, args) =>
            {
                ArgumentCheck.NoArguments(args, $"{type.Name}.__len__");
                return Value.FromInt(BuiltinFunctions.BuiltinLength(args[0]));
            });
            BuiltinMethods.AddSpecial(type, "__contains__", (vm, args) =>
            {
                ArgumentCheck.OneArgument(args, $"{type.Name}.__contains__");
                return Value.FromBool(Comparison.BuiltinContains(args[0], args[1]));
            }, slotWrapper: type != PyType.Dict);
            BuiltinMethods.AddSpecial(type, "__iter__", (vm, args) =>
            {
                ArgumentCheck.NoArguments(args, $"{type.Name}.__iter__");
                return Value.FromObject(Iteration.BuiltinIterator(args[0])!);
            });
        }

        foreach (var type in new[] { PyType.Set, PyType.FrozenSet, PyType.Bytes, PyType.ByteArray, PyType.Range, PyType.DictKeys, PyType.DictValues, PyType.DictItems })
        {
            OperatorDunders.AddSlot(type, "__len__", 0, (vm, args) => Value.FromInt(BuiltinFunctions.BuiltinLength(args[0])));
            OperatorDunders.AddSlot(type, "__iter__", 0, (vm, args) => Value.FromObject(Iteration.BuiltinIterator(args[0])!));
            if (type != PyType.DictValues)
            {
                OperatorDunders.AddSlot(type, "__contains__", 1, (vm, args) => Value.FromBool(Comparison.BuiltinContains(args[0], args[1])));
            }
        }

        OperatorDunders.AddSlot(PyType.Str, "__iter__", 0, (vm, args) => Value.FromObject(Iteration.BuiltinIterator(args[0])!));
        foreach (var type in new[] { PyType.Bytes, PyType.ByteArray, PyType.Range })
        {
            OperatorDunders.AddSlot(type, "__getitem__", 1, (vm, args) => Subscripts.BuiltinGetItem(args[0], args[1]));
        }

        foreach (var type in new[] { PyType.Dict, PyType.Range, PyType.DictKeys, PyType.DictValues, PyType.DictItems })
        {
            BuiltinMethods.AddSpecial(type, "__reversed__", (vm, args) =>
            {
                ArgumentCheck.NoArguments(args, $"{type.Name}.__reversed__");
                return Value.FromObject(IteratorFunctions.BuiltinReversed(args[0]));
            }, slotWrapper: false);
        }

        OperatorDunders.AddSlot(PyType.Range, "__bool__", 0, (vm, args) => Value.FromBool(BuiltinFunctions.BuiltinLength(args[0]) != 0));
        OperatorDunders.AddSlot(PyType.NoneType, "__bool__", 0, (vm, args) => Value.False);

        foreach (var type in new[] { PyType.List, PyType.Dict })
        {
            BuiltinMethods.AddSpecial(type, "__setitem__", (vm, args) =>
            {
                ArgumentCheck.Exactly(args, "__setitem__", 3);
                Subscripts.BuiltinSetItem(args[0], args[1], args[2]);
                return Value.None;
            });
            BuiltinMethods.AddSpecial(type, "__delitem__", (vm, args) =>
            {
                ArgumentCheck.OneArgument(args, $"{type.Name}.__delitem__");
                Subscripts.BuiltinDeleteItem(args[0], args[1]);
                return Value.None;
            });
        }
    }
}
