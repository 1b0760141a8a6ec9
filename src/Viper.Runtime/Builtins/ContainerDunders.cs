using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Builtins;

/// <summary>
/// The item protocol of list, tuple and dict as attributes (<c>list.__getitem__</c>, <c>super().__setitem__</c>),
/// for subclasses that override one and reach the builtin behaviour through <c>super()</c>. Subscripts and
/// <c>len</c> never look these up: they act on the builtin objects directly. Their receivers are
/// checked as CPython checks them: most are its slot wrappers, <c>list.__getitem__</c>,
/// <c>dict.__getitem__</c> and <c>dict.__contains__</c> ordinary methods.
/// </summary>
internal static class ContainerDunders
{
    public static PyType[] Types => [PyType.List, PyType.Tuple, PyType.Dict];

    /// <summary>Installs the item protocol of <paramref name="type"/>, one of <see cref="Types"/>.</summary>
    public static void Install(PyType type)
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

        if (type != PyType.Tuple)
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
