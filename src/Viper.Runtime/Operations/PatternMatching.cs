using Viper.Runtime.Builtins;
using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;
using Viper.Runtime.Vm;

namespace Viper.Runtime.Operations;

/// <summary>
/// The runtime half of the match statement (PEP 634), as CPython 3.11's MATCH_SEQUENCE,
/// MATCH_MAPPING, MATCH_KEYS and MATCH_CLASS do it.
/// </summary>
public static class PatternMatching
{
    /// <summary>The builtins whose class pattern with one positional sub-pattern matches the subject itself (<c>int(x)</c>).</summary>
    private static readonly PyType[] MatchSelfTypes =
    [
        PyType.Bool, PyType.ByteArray, PyType.Bytes, PyType.Dict, PyType.Float, PyType.FrozenSet, PyType.Int,
        PyType.List, PyType.Set, PyType.Str, PyType.Tuple,
    ];

    /// <summary>Whether a sequence pattern may match <paramref name="subject"/>: str and bytes never do, though they are sequences.</summary>
    public static bool IsSequence(Value subject)
    {
        var type = subject.Type;
        return type.IsSubtypeOf(PyType.List) || type.IsSubtypeOf(PyType.Tuple) || type.IsSubtypeOf(PyType.Range);
    }

    public static bool IsMapping(Value subject) => subject.Type.IsSubtypeOf(PyType.Dict);

    /// <summary>
    /// The values of <paramref name="keys"/> in the mapping, fetched with its <c>get</c> so a
    /// <c>__missing__</c> is never triggered, or null when one is missing.
    /// </summary>
    public static PyTuple? MatchKeys(Value subject, PyTuple keys)
    {
        if (keys.Count == 0)
        {
            return PyTuple.Empty;
        }

        var dict = (PyDict)subject.Ref!;
        var ownGet = subject.Type.TryLookup("get", out var get) && PyType.Dict.TryLookup("get", out var dictGet) && ReferenceEquals(get.Ref, dictGet.Ref);
        var boundGet = ownGet ? default : Attributes.Get(subject, "get");
        var missing = Value.FromObject(new PyInstance(PyType.Object));
        var seen = new PySet(PyType.Set);
        var values = new Value[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            var key = keys.Items[i];
            if (seen.Contains(key))
            {
                throw PyErrors.ValueError($"mapping pattern checks duplicate key ({Repr.Of(key)})");
            }

            seen.Add(key);
            Value value;
            if (ownGet)
            {
                if (!dict.TryGetValue(key, out value))
                {
                    return null;
                }
            }
            else
            {
                value = Interpreter.Current.Call(boundGet, [key, missing]);
                if (ReferenceEquals(value.Ref, missing.Ref))
                {
                    return null;
                }
            }

            values[i] = value;
        }

        return new PyTuple(values);
    }

    /// <summary>A mapping pattern's <c>**rest</c>: a new dict of the subject's items but <paramref name="keys"/>.</summary>
    public static PyDict CopyWithout(Value subject, PyTuple keys)
    {
        var source = (PyDict)subject.Ref!;
        var copy = new PyDict();
        foreach (var (key, value) in source.Items())
        {
            copy.SetItem(key, value);
        }

        foreach (var key in keys.Items)
        {
            if (!copy.Remove(key, out _))
            {
                throw PyErrors.KeyError(key);
            }
        }

        return copy;
    }

    /// <summary>
    /// The attributes a class pattern's sub-patterns match against: <paramref name="positional"/>
    /// named by the class's <c>__match_args__</c>, then the keyword ones; null when the subject is
    /// not an instance of the class or lacks one of the attributes.
    /// </summary>
    public static PyTuple? MatchClass(Value subject, Value cls, int positional, string[] keywords)
    {
        if (cls.Ref is not PyType type)
        {
            throw PyErrors.TypeError("called match pattern must be a type");
        }

        if (!Builtins.ClassChecks.IsInstance(subject, cls))
        {
            return null;
        }

        var seen = new HashSet<string>();
        var attributes = new List<Value>(positional + keywords.Length);
        if (positional > 0)
        {
            Value[] matchArgs;
            var matchSelf = false;
            if (Attributes.TryGet(cls, "__match_args__", out var declared))
            {
                if (declared.Ref is not PyTuple tuple || tuple.Type != PyType.Tuple)
                {
                    throw PyErrors.TypeError($"{type.Name}.__match_args__ must be a tuple (got {TypeNames.Of(declared)})");
                }

                matchArgs = tuple.Items;
            }
            else
            {
                matchArgs = [];
                matchSelf = Array.Exists(MatchSelfTypes, type.IsSubtypeOf);
            }

            var allowed = matchSelf ? 1 : matchArgs.Length;
            if (allowed < positional)
            {
                var plural = allowed == 1 ? "" : "s";
                throw PyErrors.TypeError($"{type.Name}() accepts {allowed} positional sub-pattern{plural} ({positional} given)");
            }

            if (matchSelf)
            {
                attributes.Add(subject);
            }
            else
            {
                for (var i = 0; i < positional; i++)
                {
                    if (matchArgs[i].Ref is not PyStr name || name.Type != PyType.Str)
                    {
                        throw PyErrors.TypeError($"__match_args__ elements must be strings (got {TypeNames.Of(matchArgs[i])})");
                    }

                    if (!TryGetMatchedAttribute(subject, type, name.Value, seen, out var attribute))
                    {
                        return null;
                    }

                    attributes.Add(attribute);
                }
            }
        }

        foreach (var name in keywords)
        {
            if (!TryGetMatchedAttribute(subject, type, name, seen, out var attribute))
            {
                return null;
            }

            attributes.Add(attribute);
        }

        return new PyTuple([.. attributes]);
    }

    private static bool TryGetMatchedAttribute(Value subject, PyType type, string name, HashSet<string> seen, out Value attribute)
    {
        if (!seen.Add(name))
        {
            throw PyErrors.TypeError($"{type.Name}() got multiple sub-patterns for attribute {Repr.Of(Value.FromString(name))}");
        }

        return Attributes.TryGet(subject, name, out attribute);
    }

    public static long Length(Value value) => BuiltinFunctions.Length(value);
}
