using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Builtins;

/// <summary>
/// The item protocol of list, tuple and dict as attributes (<c>list.__getitem__</c>, <c>super().__setitem__</c>),
/// for subclasses that override one and reach the builtin behaviour through <c>super()</c>. Subscripts and
/// <c>len</c> never look these up: they act on the builtin objects directly.
/// </summary>
internal static class ContainerDunders
{
    public static void Install()
    {
        foreach (var type in new[] { PyType.List, PyType.Tuple, PyType.Dict })
        {
            BuiltinMethods.Add(type, "__getitem__", (vm, args) =>
            {
                ArgumentCheck.OneArgument(args, $"{type.Name}.__getitem__");
                return Subscripts.BuiltinGetItem(args[0], args[1]);
            });
            BuiltinMethods.Add(type, "__len__", (vm, args) =>
            {
                ArgumentCheck.NoArguments(args, $"{type.Name}.__len__");
                return Value.FromInt(args[0].Ref switch
                {
                    PyList list => list.Count,
                    PyTuple tuple => tuple.Count,
                    _ => ((PyDict)args[0].Ref!).Count,
                });
            });
            BuiltinMethods.Add(type, "__contains__", (vm, args) =>
            {
                ArgumentCheck.OneArgument(args, $"{type.Name}.__contains__");
                return Value.FromBool(args[0].Ref switch
                {
                    PyList list => Contains(list.Items, args[1]),
                    PyTuple tuple => Contains(tuple.Items, args[1]),
                    _ => ((PyDict)args[0].Ref!).ContainsKey(args[1]),
                });
            });
            BuiltinMethods.Add(type, "__iter__", (vm, args) =>
            {
                ArgumentCheck.NoArguments(args, $"{type.Name}.__iter__");
                return Value.FromObject(args[0].Ref switch
                {
                    PyList list => new PyListIterator(list),
                    PyTuple tuple => new PyArrayIterator(tuple.Items, PyArrayIterator.TupleIteratorType),
                    _ => new PyDictIterator((PyDict)args[0].Ref!, DictViewKind.Keys),
                });
            });
        }

        foreach (var type in new[] { PyType.List, PyType.Dict })
        {
            BuiltinMethods.Add(type, "__setitem__", (vm, args) =>
            {
                ArgumentCheck.Exactly(args, "__setitem__", 3);
                Subscripts.BuiltinSetItem(args[0], args[1], args[2]);
                return Value.None;
            });
            BuiltinMethods.Add(type, "__delitem__", (vm, args) =>
            {
                ArgumentCheck.OneArgument(args, $"{type.Name}.__delitem__");
                Subscripts.BuiltinDeleteItem(args[0], args[1]);
                return Value.None;
            });
        }
    }

    private static bool Contains(ReadOnlySpan<Value> items, Value item)
    {
        foreach (var candidate in items)
        {
            if (candidate.Is(item) || Comparison.Equal(candidate, item))
            {
                return true;
            }
        }

        return false;
    }
}
