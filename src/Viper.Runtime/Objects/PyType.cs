using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Objects;

/// <summary>
/// A Python type object. Attribute lookups on instances walk <see cref="Mro"/>; inline caches key
/// on the type and its <see cref="Version"/>, which changes whenever the type's namespace does.
/// </summary>
public sealed partial class PyType : PyObject
{
    private readonly NameTable _namespace = new();
    private NameTable? _lookups;
    private int _lookupsVersion;

    public PyType(string name, PyType? baseType, bool isBuiltin = true)
        : base(null!)
    {
        Name = name;
        Base = baseType;
        IsBuiltin = isBuiltin;
        Mro = baseType is null ? [this] : [this, .. baseType.Mro];
    }

    /// <summary>The class's <c>__name__</c>; a class written in Python may be renamed by assigning it.</summary>
    public string Name { get; internal set; }

    public PyType? Base { get; }

    public PyType[] Mro { get; }

    public bool IsBuiltin { get; }

    /// <summary>
    /// The defining module of a class written in Python, kept equal to its namespace's <c>__module__</c>
    /// (which a program may assign); null for builtin types.
    /// </summary>
    public string? ModuleName { get; internal set; }

    /// <summary>
    /// For a builtin type of a module: messages name it with its module (<c>'types.GenericAlias'</c>),
    /// as CPython's static types carry the module in their names.
    /// </summary>
    public bool NamedWithModule { get; init; }

    /// <summary>What calling the type does (<c>int("7")</c>); null when the type cannot be called yet.</summary>
    public BuiltinBody? Constructor { get; set; }

    /// <summary>
    /// For a builtin type: its constructor called with one positional argument, for callers that
    /// have it as a value (compiled code); the same semantics as <see cref="Constructor"/>. Not inherited.
    /// </summary>
    public BuiltinBody1? ConstructOne { get; set; }

    /// <summary>Like <see cref="ConstructOne"/>, for two positional arguments (<c>zip(xs, ys)</c>). Not inherited.</summary>
    public BuiltinBody2? ConstructTwo { get; set; }

    /// <summary>For a builtin type whose call consumes an iterable (<c>list(items)</c>): its consumer, which the VM feeds from a generator directly.</summary>
    public ConsumerFactory? ItemConsumer { get; set; }

    public int Version { get; private set; }

    public static PyType Object { get; } = new("object", null);

    public static PyType TypeType { get; } = new("type", Object);

    public static PyType Int { get; } = new("int", Object);

    public static PyType Bool { get; } = new("bool", Int);

    public static PyType Float { get; } = new("float", Object);

    public static PyType Str { get; } = new("str", Object);

    public static PyType List { get; } = new("list", Object);

    public static PyType Tuple { get; } = new("tuple", Object);

    public static PyType Dict { get; } = new("dict", Object);

    public static PyType NoneType { get; } = new("NoneType", Object);

    public static PyType Range { get; } = new("range", Object);

    public static PyType Slice { get; } = new("slice", Object);

    public static PyType Set { get; } = new("set", Object);

    public static PyType FrozenSet { get; } = new("frozenset", Object);

    public static PyType Function { get; } = new("function", Object);

    public static PyType Cell { get; } = new("cell", Object);

    public static PyType BuiltinFunction { get; } = new("builtin_function_or_method", Object);

    public static PyType Module { get; } = new("module", Object);

    public static PyType Ellipsis { get; } = new("ellipsis", Object);

    public static PyType Bytes { get; } = new("bytes", Object);

    public static PyType ByteArray { get; } = new("bytearray", Object);

    public static PyType Iterator { get; } = new("iterator", Object);

    public static PyType DictKeys { get; } = new("dict_keys", Object);

    public static PyType DictValues { get; } = new("dict_values", Object);

    public static PyType DictItems { get; } = new("dict_items", Object);

    public bool IsSubtypeOf(PyType other)
    {
        // Reference compares: Array.IndexOf goes through the default equality comparer, a virtual call per class.
        foreach (var type in Mro)
        {
            if (ReferenceEquals(type, other))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Looks a name up along the MRO, as <c>type.__getattribute__</c> does for class attributes.</summary>
    public bool TryLookup(string name, out Value value)
    {
        if (IsBuiltin)
        {
            return TryLookupUncached(name, out value);
        }

        // A class written in Python remembers its answers until it or a base changes (its Version
        // moves): attribute misses on polymorphic sites would otherwise walk the MRO every time.
        // Builtin types are shared by every runtime in the process, so they keep no cache.
        var found = _lookups;
        if (found is null || _lookupsVersion != Version)
        {
            found = _lookups = new();
            _lookupsVersion = Version;
        }

        if (!found.TryGetValue(name, out value))
        {
            TryLookupUncached(name, out value);
            found.Set(name, value);
        }

        return value.Ref is not null;
    }

    private bool TryLookupUncached(string name, out Value value)
    {
        foreach (var type in Mro)
        {
            type.EnsureMethods();
            if (type._namespace.TryGetValue(name, out value))
            {
                return true;
            }
        }

        value = default;
        return false;
    }

    public void SetAttribute(string name, Value value)
    {
        EnsureMethods();
        CheckWriteDuringInstallation();
        _namespace.Set(name, value);
        if (name == "__module__" && !IsBuiltin)
        {
            ModuleName = value.Ref is PyStr module ? module.Value : null;
        }

        Invalidate();
    }

    public IEnumerable<KeyValuePair<string, Value>> OwnAttributes
    {
        get
        {
            EnsureMethods();
            return _namespace.Items();
        }
    }

    /// <summary>This type's own attributes as they are now, in order, for a caller whose calls may change the namespace as it goes through them.</summary>
    public (string[] Names, Value[] Values) OwnAttributesNow()
    {
        EnsureMethods();
        return _namespace.Snapshot();
    }

    internal static void FixTypeOfTypes()
    {
        foreach (var type in new[]
                 {
                     Object, TypeType, Int, Bool, Float, Str, List, Tuple, Dict, NoneType, Range, Slice, Set, FrozenSet, Function,
                     BuiltinFunction, Module, Ellipsis, Bytes, ByteArray, Iterator, DictKeys, DictValues, DictItems,
                 })
        {
            type.Type = TypeType;
        }
    }

    static PyType() => FixTypeOfTypes();
}
