using System.Runtime.CompilerServices;
using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;

namespace Viper.Runtime.Operations;

/// <summary><c>obj[key]</c>, <c>obj[key] = value</c> and <c>del obj[key]</c> on builtin types.</summary>
public static class Subscripts
{
    /// <summary>
    /// The common case of <c>obj[key]</c>, for the VM's and the JIT's inline paths: a list or tuple
    /// indexed by an in-range int (a negative index counts from the end). False for anything else,
    /// which then goes through <see cref="GetItem"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryGetSequenceItem(Value container, Value key, out Value item)
    {
        // Exact types only: a subclass may override __getitem__. The storage is indexed directly,
        // not through a span: Span<Value>'s helpers are generic code over a Viper type, which the
        // ReadyToRun images cannot hold, so until .NET recompiles this caller they would be calls
        // into unoptimized code on every index.
        if (ReferenceEquals(key.Ref, Value.IntTag))
        {
            switch (container.Ref)
            {
                case PyList list when ReferenceEquals(list.Type, PyType.List):
                    {
                        var count = list.Count;
                        var index = key.Bits < 0 ? key.Bits + count : key.Bits;
                        if ((ulong)index < (ulong)count)
                        {
                            item = list[(int)index];
                            return true;
                        }

                        break;
                    }

                case PyTuple tuple when ReferenceEquals(tuple.Type, PyType.Tuple):
                    {
                        var items = tuple.Items;
                        var index = key.Bits < 0 ? key.Bits + items.Length : key.Bits;
                        if ((ulong)index < (ulong)items.Length)
                        {
                            item = items[index];
                            return true;
                        }

                        break;
                    }
            }
        }

        item = default;
        return false;
    }

    /// <summary>
    /// The common case of <c>obj[key] = value</c>, for the VM's and the JIT's inline paths: a list
    /// and an in-range, non-negative int. False (nothing stored) for anything else, which then goes
    /// through <see cref="SetItem"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TrySetListItem(Value container, Value key, Value value)
    {
        if (container.Ref is PyList list && ReferenceEquals(list.Type, PyType.List) && ReferenceEquals(key.Ref, Value.IntTag) && (ulong)key.Bits < (ulong)list.Count && value.Ref is not null)
        {
            list[(int)key.Bits] = value;
            return true;
        }

        return false;
    }

    /// <summary><c>container[key]</c>: a class's own <c>__getitem__</c> first, as for subclasses of list, tuple and dict too.</summary>
    public static Value GetItem(Value container, Value key) =>
        container.Ref is PyObject { Type.IsBuiltin: false } && UserProtocols.TryGetItem(container, key, out var item)
            ? item
            : BuiltinGetItem(container, key);

    /// <summary>The builtin types' own <c>__getitem__</c> (what <c>super().__getitem__</c> reaches in a subclass).</summary>
    public static Value BuiltinGetItem(Value container, Value key)
    {
        if (key.Ref is PySlice slice && container.Ref is not PyDict)
        {
            return Slicing.Get(container, slice);
        }

        switch (container.Ref)
        {
            case PyList list:
                return list[Index(key, list.Count, "list", "list index out of range")];
            case PyTuple tuple:
                return tuple.Items[Index(key, tuple.Count, "tuple", "tuple index out of range")];
            case PyStr s:
                return Numbers.TryGetIndexValue(key, out var position)
                    ? Value.FromObject(s.CharAt(Index(position, s.Length, "str", "string index out of range")))
                    : throw PyErrors.TypeError($"string indices must be integers, not '{TypeNames.Of(key)}'");
            case PyDict dict:
                if (dict.TryGetValue(key, out var value))
                {
                    return value;
                }

                // A dict subclass may supply missing keys (as collections.defaultdict does).
                return dict.Type != PyType.Dict && SpecialMethods.TryCall(container, "__missing__", [key], out var missing)
                    ? missing
                    : throw PyErrors.KeyError(key);
            case PyRange range:
                if (!Numbers.TryGetIndexInteger(key, out var index))
                {
                    throw PyErrors.TypeError($"range indices must be integers or slices, not {TypeNames.Of(key)}");
                }

                index = index < 0 ? index + range.Length : index;
                return index < 0 || index >= range.Length
                    ? throw PyErrors.IndexError("range object index out of range")
                    : Value.FromBigInteger(range.ItemAt(index));
            case PyBytes bytes:
                return Value.FromInt(bytes.Value[Index(key, bytes.Value.Length, "byte", "index out of range")]);
            case PyByteArray array:
                return Value.FromInt(array.Items[Index(key, array.Items.Count, "bytearray", "bytearray index out of range")]);
            case PyType { IsBuiltin: false } type when SpecialMethods.TryFind(type, "__class_getitem__", out var classGetItem):
                return Vm.Interpreter.Current.Call(ClassAttributes.FromClass(classGetItem, type), [key]);
            case PyType type when ReferenceEquals(type, PyType.TypeType):
                return TypeHints.ClassGetItem(container, key);
            case PyType type when type.TryLookup("__class_getitem__", out var classGetItem) && classGetItem.Ref is PyBuiltinClassMethod builtinClassGetItem:
                return builtinClassGetItem.Function.Body(Vm.Interpreter.Current, new CallArgs([container, key], null));
            case PyGenericAlias alias:
                return TypeHints.Subscript(alias);
            case PyType type:
                throw PyErrors.TypeError($"type '{type.Name}' is not subscriptable");
            default:
                throw PyErrors.TypeError($"'{TypeNames.Of(container)}' object is not subscriptable");
        }
    }

    public static void SetItem(Value container, Value key, Value value)
    {
        if (container.Ref is not PyObject { Type.IsBuiltin: false } || !UserProtocols.TrySetItem(container, key, value))
        {
            BuiltinSetItem(container, key, value);
        }
    }

    public static void BuiltinSetItem(Value container, Value key, Value value)
    {
        switch (container.Ref)
        {
            case PyList list when key.Ref is PySlice slice:
                Slicing.Set(list, slice, value);
                break;
            case PyList list:
                list[Index(key, list.Count, "list", "list assignment index out of range")] = value;
                break;
            case PyDict dict:
                dict.SetItem(key, value);
                break;
            case PyByteArray array:
                Builtins.ByteArrayMethods.SetItem(array, key, value);
                break;
            default:
                throw PyErrors.TypeError($"'{TypeNames.Of(container)}' object does not support item assignment");
        }
    }

    public static void DeleteItem(Value container, Value key)
    {
        if (container.Ref is not PyObject { Type.IsBuiltin: false } || !UserProtocols.TryDeleteItem(container, key))
        {
            BuiltinDeleteItem(container, key);
        }
    }

    public static void BuiltinDeleteItem(Value container, Value key)
    {
        switch (container.Ref)
        {
            case PyList list when key.Ref is PySlice slice:
                Slicing.Delete(list, slice);
                break;
            case PyList list:
                list.RemoveAt(Index(key, list.Count, "list", "list assignment index out of range"));
                break;
            case PyDict dict:
                if (!dict.Remove(key, out _))
                {
                    throw PyErrors.KeyError(key);
                }

                break;
            case PyByteArray array:
                Builtins.ByteArrayMethods.DeleteItem(array, key);
                break;
            default:
                // CPython words it two ways: a sequence asked to delete by index "doesn't", anything else "does not".
                var verb = container.Ref is PyTuple or PyStr or PyRange or PyBytes && key.Ref is not PySlice ? "doesn't" : "does not";
                throw PyErrors.TypeError($"'{TypeNames.Of(container)}' object {verb} support item deletion");
        }
    }

    /// <summary>Resolves a sequence index (negative counts from the end), raising CPython's messages.</summary>
    public static int Index(Value key, int length, string typeName, string outOfRange)
    {
        if (!Numbers.TryGetIndex(key, out var index))
        {
            throw PyErrors.TypeError($"{typeName} indices must be integers or slices, not {TypeNames.Of(key)}");
        }

        if (index < 0)
        {
            index += length;
        }

        if ((ulong)index >= (ulong)length)
        {
            throw PyErrors.IndexError(outOfRange);
        }

        return (int)index;
    }
}
