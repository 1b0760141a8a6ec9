using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;

namespace Viper.Runtime.Builtins;

/// <summary>The two methods of tuple: <c>count</c> and <c>index</c>, compared as list's are.</summary>
public static class TupleMethods
{
    public static void Install(PyType type)
    {
        BuiltinMethods.Add(type, "count", (vm, args) =>
        {
            ArgumentCheck.OneArgument(args, "tuple.count");
            var count = 0;
            foreach (var item in Self(args).Items)
            {
                if (ListMethods.Matches(item, args[1]))
                {
                    count++;
                }
            }

            return Value.FromInt(count);
        });
        BuiltinMethods.Add(type, "index", (vm, args) =>
        {
            ArgumentCheck.MethodRange(args, "index", 1, 3);
            var items = Self(args).Items;
            var start = args.Count > 2 ? ListMethods.SliceIndex(args[2], items.Length) : 0;
            var stop = args.Count > 3 ? ListMethods.SliceIndex(args[3], items.Length) : items.Length;
            for (var i = start; i < stop; i++)
            {
                if (ListMethods.Matches(items[i], args[1]))
                {
                    return Value.FromInt(i);
                }
            }

            throw PyErrors.ValueError("tuple.index(x): x not in tuple");
        });
    }

    private static PyTuple Self(CallArgs args) => (PyTuple)args[0].Ref!;
}
