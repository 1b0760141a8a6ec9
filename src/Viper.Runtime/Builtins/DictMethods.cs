using System.Diagnostics.CodeAnalysis;
using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;
using Viper.Runtime.Vm;

namespace Viper.Runtime.Builtins;

/// <summary>The methods of <c>dict</c>; argument 0 is the dict itself (the type, for <c>fromkeys</c>).</summary>
public static class DictMethods
{
    public static void Install(PyType type)
    {
        BuiltinMethods.AddFixedArity(
            type,
            "get",
            (vm, args) =>
            {
                ArgumentCheck.MethodRange(args, "get", 1, 2);
                return Self(args[0], "get").TryGetValue(args[1], out var value) ? value : args.Count == 3 ? args[2] : Value.None;
            },
            withOneArgument: (vm, receiver, key) => Self(receiver, "get").TryGetValue(key, out var value) ? value : Value.None);
        // The names written out: an enum's ToString builds .NET's reflection cache of its names,
        // JIT-compiled generic code that cost a script's first look into dict about 2 ms.
        foreach (var (kind, name) in new[] { (DictViewKind.Keys, "keys"), (DictViewKind.Values, "values"), (DictViewKind.Items, "items") })
        {
            BuiltinMethods.AddFixedArity(
                type,
                name,
                (vm, args) =>
                {
                    ArgumentCheck.NoArguments(args, "dict." + name);
                    return Value.FromObject(new PyDictView(Self(args[0], name), kind));
                },
                receiverOnly: (vm, receiver) => Value.FromObject(new PyDictView(Self(receiver, name), kind)));
        }

        BuiltinMethods.Add(type, "pop", (vm, args) =>
        {
            ArgumentCheck.MethodRange(args, "pop", 1, 2);
            // An empty dict answers without hashing the key, as CPython's does: {}.pop([]) is a KeyError.
            var dict = Self(args);
            if (dict.Count > 0 && dict.Remove(args[1], out var removed))
            {
                return removed;
            }

            return args.Count == 3 ? args[2] : throw PyErrors.KeyError(args[1]);
        });
        BuiltinMethods.Add(type, "popitem", (vm, args) =>
        {
            ArgumentCheck.NoArguments(args, "dict.popitem");
            var dict = Self(args);
            var entries = dict.RawEntries;
            for (var i = entries.Length - 1; i >= 0; i--)
            {
                if (entries[i].Key.IsBound)
                {
                    var key = entries[i].Key;
                    dict.Remove(key, out var value);
                    return Value.FromObject(PyTuple.Of(key, value));
                }
            }

            throw PyErrors.KeyError(Value.FromString("popitem(): dictionary is empty"));
        });
        BuiltinMethods.Add(type, "setdefault", (vm, args) =>
        {
            ArgumentCheck.MethodRange(args, "setdefault", 1, 2);
            var dict = Self(args);
            if (dict.TryGetValue(args[1], out var existing))
            {
                return existing;
            }

            var value = args.Count == 3 ? args[2] : Value.None;
            dict.SetItem(args[1], value);
            return value;
        });
        BuiltinMethods.Add(type, "update", (vm, args) =>
        {
            if (args.Count > 2)
            {
                throw PyErrors.TypeError($"update expected at most 1 argument, got {args.Count - 1}");
            }

            var dict = Self(args);
            if (args.Count == 2)
            {
                Update(dict, args[1]);
            }

            UpdateFromKeywords(dict, args);
            return Value.None;
        });
        BuiltinMethods.Add(type, "clear", (vm, args) =>
        {
            ArgumentCheck.NoArguments(args, "dict.clear");
            Self(args).Clear();
            return Value.None;
        });
        BuiltinMethods.Add(type, "copy", (vm, args) =>
        {
            ArgumentCheck.NoArguments(args, "dict.copy");
            var copy = new PyDict();
            Update(copy, args[0]);
            return Value.FromObject(copy);
        });
        BuiltinMethods.AddClassMethod(type, "fromkeys", (vm, args) =>
        {
            ArgumentCheck.MethodRange(args, "fromkeys", 1, 2);
            var value = args.Count == 3 ? args[2] : Value.None;
            var iterator = Iteration.GetIterator(args[1]);
            if (args[0].Ref is PyType { IsBuiltin: false })
            {
                // A subclass's fromkeys makes an instance of the subclass and stores through its __setitem__.
                var instance = vm.Call(args[0], []);
                while (iterator.TryNext(out var key))
                {
                    Subscripts.SetItem(instance, key, value);
                }

                return instance;
            }

            var dict = new PyDict();
            while (iterator.TryNext(out var key))
            {
                dict.SetItem(key, value);
            }

            return Value.FromObject(dict);
        });
    }

    /// <summary>
    /// <c>dict.update(source)</c> and <c>dict(source)</c>: a dict's items, a mapping's (an object whose
    /// class has <c>keys</c>: its keys and <c>source[key]</c>), or an iterable of key/value pairs, with
    /// CPython's messages for malformed pairs.
    /// </summary>
    public static void Update(PyDict target, Value source)
    {
        if (MergesAsDict(source, out var dict))
        {
            // The entries with the hashes they were stored under: no iterator object, no key hashed again.
            var version = dict.KeysVersion;
            var entries = dict.RawEntries;
            foreach (ref readonly var entry in entries)
            {
                if (version != dict.KeysVersion)
                {
                    throw PyErrors.RuntimeError("dictionary changed size during iteration");
                }

                if (entry.Key.IsBound)
                {
                    target.SetItem(entry.Key, entry.Hash, entry.Value);
                }
            }

            return;
        }

        if (source.Ref is PyDict)
        {
            // A dict subclass with its own __iter__ gives its keys() and its items one by one.
            var keys = Iteration.GetIterator(Interpreter.Current.Call(Attributes.Get(source, "keys"), []));
            while (keys.TryNext(out var key))
            {
                target.SetItem(key, Subscripts.GetItem(source, key));
            }

            return;
        }

        if (source.Ref is PyObject { Type.IsBuiltin: false } && SpecialMethods.TryFind(source.Type, "keys", out var keysMethod))
        {
            var keys = Iteration.GetIterator(SpecialMethods.CallBound(keysMethod, source, []));
            while (keys.TryNext(out var key))
            {
                target.SetItem(key, Subscripts.GetItem(source, key));
            }

            return;
        }

        var iterator = Iteration.GetIterator(source);
        for (var index = 0; iterator.TryNext(out var pair); index++)
        {
            var items = Iteration.TryGetIterator(pair) is { } pairIterator
                ? Drain(pairIterator)
                : throw PyErrors.TypeError($"cannot convert dictionary update sequence element #{index} to a sequence");
            if (items.Count != 2)
            {
                throw PyErrors.ValueError($"dictionary update sequence element #{index} has length {items.Count}; 2 is required");
            }

            target.SetItem(items[0], items[1]);
        }
    }

    /// <summary>
    /// Whether <paramref name="source"/> is merged as a dict, from its own entries: a dict, or an
    /// instance of a subclass that keeps dict's <c>__iter__</c> (whatever <c>keys</c> or
    /// <c>__getitem__</c> it defines), as CPython's merge decides.
    /// </summary>
    public static bool MergesAsDict(Value source, [NotNullWhen(true)] out PyDict? dict)
    {
        dict = source.Ref as PyDict;
        return dict is not null && (dict.Type.IsBuiltin || !SpecialMethods.TryFind(dict.Type, "__iter__", out _));
    }

    /// <summary>The <c>name=value</c> arguments of <c>dict(...)</c> and <c>dict.update(...)</c>, stored as str keys.</summary>
    public static void UpdateFromKeywords(PyDict target, CallArgs args)
    {
        for (var i = 0; i < args.KeywordCount; i++)
        {
            target.SetItem(args.KeywordNames![i], args.All[args.Count + i]);
        }
    }

    private static List<Value> Drain(PyIterator iterator)
    {
        var items = new List<Value>();
        while (iterator.TryNext(out var item))
        {
            items.Add(item);
        }

        return items;
    }

    private static PyDict Self(CallArgs args) => (PyDict)args[0].Ref!;

    /// <summary>The receiver of a method the fixed-arity bodies reach too, checked as CPython's method descriptors check it.</summary>
    private static PyDict Self(Value receiver, string name) =>
        receiver.Ref as PyDict ?? throw BuiltinMethods.NotApplicable(PyType.Dict, name, receiver);
}
