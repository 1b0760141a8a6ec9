using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;
using Viper.Runtime.Vm;

namespace Viper.Runtime.Builtins;

/// <summary><c>globals</c>, <c>locals</c> and <c>dir</c>: the names a scope or an object has.</summary>
public static class NamespaceFunctions
{
    public static (string Name, BuiltinBody Body)[] All =>
    [
        ("globals", (vm, args) =>
        {
            ArgumentCheck.Range(args, "globals", 0, 0);
            return Value.FromObject(vm.CallerGlobals());
        }),
        ("locals", (vm, args) =>
        {
            ArgumentCheck.Range(args, "locals", 0, 0);
            return Value.FromObject(vm.CallerLocals());
        }),
        ("dir", Dir),
    ];

    private static Value Dir(Interpreter vm, CallArgs args)
    {
        ArgumentCheck.Range(args, "dir", 0, 1);
        var names = args.Count == 0 ? KeysOf(vm.CallerLocals()) : NamesOf(args[0]);
        var list = new PyList([.. names]);
        ListSort.Sort(vm, list, Value.None, reverse: false);
        return Value.FromObject(list);
    }

    /// <summary>What <c>dir(obj)</c> lists: a user <c>__dir__</c>'s answer, else the object's own names and its class's.</summary>
    private static List<Value> NamesOf(Value owner)
    {
        if (owner.Ref is not PyType && SpecialMethods.TryFind(owner.Type, "__dir__", out var userDir))
        {
            return Iteration.ToList(SpecialMethods.CallBound(userDir, owner, []));
        }

        var seen = new PyDict();
        switch (owner.Ref)
        {
            case PyModule module:
                return KeysOf(module.Dict);
            case PyType type:
                AddClassNames(seen, type);
                break;
            default:
                foreach (var key in InstanceAttributes.OwnNames(owner))
                {
                    seen.SetItem(key, Value.None);
                }

                AddClassNames(seen, owner.Type);
                break;
        }

        return KeysOf(seen);
    }

    private static void AddClassNames(PyDict seen, PyType type)
    {
        foreach (var ancestor in type.Mro)
        {
            foreach (var attribute in ancestor.OwnAttributes)
            {
                seen.SetItem(attribute.Key, Value.None);
            }
        }
    }

    private static List<Value> KeysOf(PyDict dict)
    {
        var keys = new List<Value>(dict.Count);
        foreach (var (key, _) in dict.Items())
        {
            keys.Add(key);
        }

        return keys;
    }
}
