using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;

namespace Viper.Runtime.Builtins;

/// <summary>The methods of <c>list</c>; argument 0 is the list itself.</summary>
public static class ListMethods
{
    public static void Install(PyType type)
    {
        BuiltinMethods.Add(type, "append", (vm, args) =>
        {
            ArgumentCheck.Exactly(args, "list.append", 2);
            Self(args).Append(args[1]);
            return Value.None;
        });
        BuiltinMethods.Add(type, "pop", (vm, args) =>
        {
            ArgumentCheck.Range(args, "pop", 1, 2);
            var list = Self(args);
            if (list.Count == 0)
            {
                throw PyErrors.IndexError("pop from empty list");
            }

            var index = args.Count == 2 ? ArgumentCheck.Index(args[1]) : -1;
            index = index < 0 ? index + list.Count : index;
            if (index < 0 || index >= list.Count)
            {
                throw PyErrors.IndexError("pop index out of range");
            }

            return list.RemoveAt((int)index);
        });
        BuiltinMethods.Add(type, "insert", (vm, args) =>
        {
            ArgumentCheck.Range(args, "insert", 3, 3);
            var list = Self(args);
            var index = ArgumentCheck.Index(args[1]);
            index = index < 0 ? Math.Max(0, index + list.Count) : Math.Min(index, list.Count);
            list.Insert((int)index, args[2]);
            return Value.None;
        });
    }

    private static PyList Self(CallArgs args) => (PyList)args[0].Ref!;
}
