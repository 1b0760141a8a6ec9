using System.Numerics;
using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Builtins;

/// <summary>The methods of <c>list</c>; argument 0 is the list itself.</summary>
public static class ListMethods
{
    public static void Install(PyType type)
    {
        BuiltinMethods.Add(type, "append", (vm, args) =>
        {
            ArgumentCheck.OneArgument(args, "list.append");
            Self(args).Append(args[1]);
            return Value.None;
        });
        BuiltinMethods.AddFixedArity(
            type,
            "pop",
            (vm, args) =>
            {
                ArgumentCheck.MethodRange(args, "pop", 0, 1);
                return Pop(args[0], args.Count == 2 ? args[1] : default);
            },
            receiverOnly: (vm, receiver) => Pop(receiver, default),
            withOneArgument: (vm, receiver, index) => Pop(receiver, index));
        BuiltinMethods.Add(type, "insert", (vm, args) =>
        {
            ArgumentCheck.MethodRange(args, "insert", 2, 2);
            var list = Self(args);
            var index = ArgumentCheck.Index(args[1]);
            index = index < 0 ? Math.Max(0, index + list.Count) : Math.Min(index, list.Count);
            list.Insert((int)index, args[2]);
            return Value.None;
        });
        BuiltinMethods.Add(type, "extend", (vm, args) =>
        {
            ArgumentCheck.OneArgument(args, "list.extend");

            // Collected first, so extending a list by itself doubles it instead of running forever.
            Self(args).AddRange(Iteration.ToList(args[1]).ToArray());
            return Value.None;
        });
        BuiltinMethods.Add(type, "remove", (vm, args) =>
        {
            ArgumentCheck.OneArgument(args, "list.remove");
            var list = Self(args);
            var found = IndexOf(list, args[1], 0, int.MaxValue);
            if (found < 0)
            {
                throw PyErrors.ValueError("list.remove(x): x not in list");
            }

            list.RemoveAt(found);
            return Value.None;
        });
        BuiltinMethods.Add(type, "index", (vm, args) =>
        {
            ArgumentCheck.MethodRange(args, "index", 1, 3);
            var list = Self(args);
            var start = args.Count > 2 ? SliceIndex(args[2], list.Count) : 0;
            var stop = args.Count > 3 ? SliceIndex(args[3], list.Count) : int.MaxValue;
            var found = IndexOf(list, args[1], start, stop);
            return found >= 0 ? Value.FromInt(found) : throw PyErrors.ValueError($"{Repr.Of(args[1])} is not in list");
        });
        BuiltinMethods.Add(type, "count", (vm, args) =>
        {
            ArgumentCheck.OneArgument(args, "list.count");
            var list = Self(args);
            var count = 0;

            // Indexed rather than a span: an __eq__ may one day shrink the list under us.
            for (var i = 0; i < list.Count; i++)
            {
                if (Matches(list[i], args[1]))
                {
                    count++;
                }
            }

            return Value.FromInt(count);
        });
        BuiltinMethods.Add(type, "reverse", (vm, args) =>
        {
            ArgumentCheck.NoArguments(args, "list.reverse");
            Self(args).Items.Reverse();
            return Value.None;
        });
        BuiltinMethods.Add(type, "clear", (vm, args) =>
        {
            ArgumentCheck.NoArguments(args, "list.clear");
            Self(args).Clear();
            return Value.None;
        });
        BuiltinMethods.Add(type, "copy", (vm, args) =>
        {
            ArgumentCheck.NoArguments(args, "list.copy");
            return Value.FromObject(new PyList(Self(args).Items));
        });
        BuiltinMethods.Add(type, "sort", (vm, args) =>
        {
            if (args.Count > 1)
            {
                throw PyErrors.TypeError("sort() takes no positional arguments");
            }

            var (key, reverse) = ListSort.ParseOptions(args, "sort");
            ListSort.Sort(vm, Self(args), key, reverse);
            return Value.None;
        });
    }

    /// <summary>
    /// Membership as CPython's list methods test it: identity first, then <c>==</c>, so an object
    /// that is not equal to itself (a NaN) is still found by identity.
    /// </summary>
    public static bool Matches(Value element, Value item) => element.Is(item) || Comparison.Equal(element, item);

    private static int IndexOf(PyList list, Value item, int start, int stop)
    {
        for (var i = start; i < Math.Min(stop, list.Count); i++)
        {
            if (Matches(list[i], item))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A start/stop bound as slices take it: negative counts from the end, clamped to the list.</summary>
    internal static int SliceIndex(Value value, int length)
    {
        if (!Numbers.TryGetBigInteger(value, out var bound))
        {
            throw PyErrors.TypeError("slice indices must be integers or have an __index__ method");
        }

        if (bound < 0)
        {
            bound += length;
        }

        return (int)BigInteger.Clamp(bound, 0, length);
    }

    private static PyList Self(CallArgs args) => (PyList)args[0].Ref!;

    /// <summary><c>list.pop</c>, the last item when <paramref name="index"/> is unbound.</summary>
    private static Value Pop(Value receiver, Value index)
    {
        var list = receiver.Ref as PyList
            ?? throw BuiltinMethods.NotApplicable(PyType.List, "pop", receiver);
        if (list.Count == 0)
        {
            throw PyErrors.IndexError("pop from empty list");
        }

        var position = index.IsBound ? ArgumentCheck.Index(index) : -1;
        position = position < 0 ? position + list.Count : position;
        if (position < 0 || position >= list.Count)
        {
            throw PyErrors.IndexError("pop index out of range");
        }

        return list.RemoveAt((int)position);
    }
}
