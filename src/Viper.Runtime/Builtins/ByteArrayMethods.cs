using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Builtins;

/// <summary>The methods that change a bytearray in place; argument 0 is the bytearray.</summary>
public static class ByteArrayMethods
{
    public static void Install(PyType type)
    {
        BuiltinMethods.Add(type, "append", (vm, args) =>
        {
            var items = Self(args, "append");
            ArgumentCheck.OneArgument(args, "bytearray.append");
            items.Add(BytesLike.ByteOf(args[1]));
            return Value.None;
        });
        BuiltinMethods.Add(type, "extend", (vm, args) =>
        {
            var items = Self(args, "extend");
            ArgumentCheck.OneArgument(args, "bytearray.extend");
            if (!BytesLike.Is(args[1]) && Iteration.TryGetIterator(args[1]) is null)
            {
                throw PyErrors.TypeError($"can't extend bytearray with {TypeNames.Of(args[1])}");
            }

            items.AddRange(BytesLike.FromIterable(args[1]));
            return Value.None;
        });
        BuiltinMethods.Add(type, "insert", (vm, args) =>
        {
            var items = Self(args, "insert");
            ArgumentCheck.MethodRange(args, "insert", 2, 2);
            var index = ArgumentCheck.Index(args[1]);
            var item = BytesLike.ByteOf(args[2]);
            index = index < 0 ? Math.Max(0, index + items.Count) : Math.Min(index, items.Count);
            items.Insert((int)index, item);
            return Value.None;
        });
        BuiltinMethods.Add(type, "pop", (vm, args) =>
        {
            var items = Self(args, "pop");
            ArgumentCheck.MethodRange(args, "pop", 0, 1);
            if (items.Count == 0)
            {
                throw PyErrors.IndexError("pop from empty bytearray");
            }

            var index = args.Count > 1 ? ArgumentCheck.Index(args[1]) : -1;
            index = index < 0 ? index + items.Count : index;
            if (index < 0 || index >= items.Count)
            {
                throw PyErrors.IndexError("pop index out of range");
            }

            var value = items[(int)index];
            items.RemoveAt((int)index);
            return Value.FromInt(value);
        });
        BuiltinMethods.Add(type, "remove", (vm, args) =>
        {
            var items = Self(args, "remove");
            ArgumentCheck.OneArgument(args, "bytearray.remove");
            var index = items.IndexOf(BytesLike.ByteOf(args[1]));
            if (index < 0)
            {
                throw PyErrors.ValueError("value not found in bytearray");
            }

            items.RemoveAt(index);
            return Value.None;
        });
        BuiltinMethods.Add(type, "clear", (vm, args) =>
        {
            var items = Self(args, "clear");
            ArgumentCheck.NoArguments(args, "bytearray.clear");
            items.Clear();
            return Value.None;
        });
        BuiltinMethods.Add(type, "reverse", (vm, args) =>
        {
            var items = Self(args, "reverse");
            ArgumentCheck.NoArguments(args, "bytearray.reverse");
            items.Reverse();
            return Value.None;
        });
        BuiltinMethods.Add(type, "copy", (vm, args) =>
        {
            var items = Self(args, "copy");
            ArgumentCheck.NoArguments(args, "bytearray.copy");
            return Value.FromObject(new PyByteArray([.. items]));
        });
    }

    private static List<byte> Self(CallArgs args, string name) =>
        args.Count > 0 && args[0].Ref is PyByteArray array
            ? array.Items
            : throw PyErrors.TypeError($"descriptor '{name}' requires a 'bytearray' object but received '{(args.Count > 0 ? TypeNames.Of(args[0]) : "nothing")}'");

    /// <summary><c>a[key] = value</c> for an index or a slice.</summary>
    public static void SetItem(PyByteArray array, Value key, Value value)
    {
        var items = array.Items;
        if (key.Ref is not PySlice slice)
        {
            var index = Subscripts.Index(key, items.Count, "bytearray", "bytearray index out of range");
            items[index] = BytesLike.ByteOf(value);
            return;
        }

        if (value.Ref is PyStr || Numbers.IsInteger(value) || (!BytesLike.Is(value) && Iteration.TryGetIterator(value) is null))
        {
            throw PyErrors.TypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        }

        var data = BytesLike.FromIterable(value);
        var (start, step, count) = slice.Resolve(items.Count);
        if (step == 1)
        {
            items.RemoveRange((int)start, (int)count);
            items.InsertRange((int)start, data);
            return;
        }

        if (data.Length != count)
        {
            throw PyErrors.ValueError($"attempt to assign bytes of size {data.Length} to extended slice of size {count}");
        }

        for (var i = 0; i < count; i++)
        {
            items[(int)(start + (i * step))] = data[i];
        }
    }

    /// <summary><c>del a[key]</c> for an index or a slice.</summary>
    public static void DeleteItem(PyByteArray array, Value key)
    {
        var items = array.Items;
        if (key.Ref is not PySlice slice)
        {
            items.RemoveAt(Subscripts.Index(key, items.Count, "bytearray", "bytearray index out of range"));
            return;
        }

        var (start, step, count) = slice.Resolve(items.Count);
        var removed = new HashSet<long>();
        for (var i = 0; i < count; i++)
        {
            removed.Add(start + (i * step));
        }

        var kept = items.Where((_, i) => !removed.Contains(i)).ToList();
        items.Clear();
        items.AddRange(kept);
    }
}
