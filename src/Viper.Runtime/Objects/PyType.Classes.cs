using Viper.Frontend.Parsing;
using Viper.Runtime.Errors;
using Viper.Runtime.Values;

namespace Viper.Runtime.Objects;

/// <summary>
/// The parts of a type that classes written in Python need: several bases with a C3 method
/// resolution order, the builtin type their instances are laid out as, and version bumps that
/// reach every subclass, so an inline cache keyed on a subclass sees a mutated base.
/// </summary>
public sealed partial class PyType
{
    private readonly List<WeakReference<PyType>> _subclasses = [];
    private PyType[]? _bases;

    /// <summary>Creates a class statement's type; <paramref name="mroTail"/> is the C3 merge of the bases' orders.</summary>
    private PyType(string name, PyType[] bases, PyType[] mroTail, string? moduleName)
        : base(TypeType)
    {
        Name = name;
        Base = bases[0];
        _bases = bases;
        IsBuiltin = false;
        ModuleName = moduleName;
        Mro = [this, .. mroTail];
        LayoutBase = mroTail.FirstOrDefault(type => type.IsBuiltin && type != Object)?.LayoutBase ?? Object;
        // Builtin types never change after start-up, so only user classes track their subclasses
        // (a builtin base shared by every runtime would otherwise collect them from all threads).
        foreach (var baseType in bases.Where(baseType => !baseType.IsBuiltin))
        {
            baseType._subclasses.Add(new WeakReference<PyType>(this));
        }
    }

    public PyType[] Bases => _bases ??= Base is null ? [] : [Base];

    /// <summary>
    /// The builtin type whose .NET object an instance is: <see cref="Object"/> for plain classes
    /// (a <see cref="PyInstance"/>), <c>list</c> for <c>class Stack(list)</c>, and so on.
    /// </summary>
    public PyType LayoutBase
    {
        get => field ?? (IsSubtypeOf(Errors.ExceptionTypes.BaseException) ? Errors.ExceptionTypes.BaseException : this);
        private init;
    }

    public string QualifiedName
    {
        get => field ?? Name;
        internal set;
    }

    /// <summary>
    /// The length of new instances' values arrays: the most attributes any instance of the class
    /// has held so far, so a class's objects are sized right after the first few.
    /// </summary>
    public int InstanceCapacity { get; private set; }

    public void NoteInstanceSize(int count)
    {
        if (count > InstanceCapacity)
        {
            InstanceCapacity = count;
        }
    }

    /// <summary>The layout every new instance starts with, root of all its instances' layouts.</summary>
    public InstanceLayout EmptyInstanceLayout => field ??= new InstanceLayout(this);

    /// <summary>What calling the class resolved to (its <c>__init__</c> and <c>__new__</c>), kept by <see cref="Operations.Instantiation"/> while <see cref="Version"/> holds.</summary>
    internal object? InstantiationCache { get; set; }

    /// <summary>
    /// Special-method lookups already answered for this class, so operators on instances don't walk
    /// the MRO each time; replaced when the class's <see cref="Version"/> moves on.
    /// </summary>
    internal SpecialMethodCache? SpecialMethodCache { get; set; }

    /// <summary>The attribute names <c>__slots__</c> allows, or null when instances have a <c>__dict__</c>.</summary>
    public HashSet<string>? SlotNames { get; private set; }

    /// <summary>
    /// False while no instance attribute can hide a class attribute of the same name, so a cached
    /// method or class attribute needs no look at the instance's dict. It turns true for good once an
    /// instance stores such a name, an instance's <c>__dict__</c> is handed out, or the class changes
    /// after its creation.
    /// </summary>
    public bool InstancesMayShadow { get; private set; }

    public void MarkInstancesMayShadow()
    {
        foreach (var type in SelfAndSubclasses())
        {
            type.InstancesMayShadow = true;
        }
    }

    public static PyType CreateClass(string name, PyType[] bases, PyDict namespaceDict, string qualifiedName)
    {
        if (bases.Length == 0)
        {
            bases = [Object];
        }

        foreach (var baseType in bases)
        {
            if (baseType.IsFinal)
            {
                throw PyErrors.TypeError($"type '{baseType.Name}' is not an acceptable base type");
            }
        }

        var moduleName = namespaceDict.TryGetValue("__module__", out var module) && module.Ref is PyStr s ? s.Value : null;
        var type = new PyType(name, bases, MethodResolution.Merge(bases), moduleName) { QualifiedName = qualifiedName };
        CheckLayouts(bases);
        if (type.LayoutBase != Object && type.LayoutBase != List && type.LayoutBase != Dict && type.LayoutBase != Tuple
            && type.LayoutBase != Str && type.LayoutBase != Int && type.LayoutBase != Float && type.LayoutBase != TypeType
            && type.LayoutBase != Set && type.LayoutBase != FrozenSet
            && type.LayoutBase != Errors.ExceptionTypes.BaseException)
        {
            throw PyErrors.TypeError($"subclassing '{type.LayoutBase.Name}' is not supported by Viper yet");
        }

        foreach (var (key, value) in namespaceDict.Items())
        {
            if (key.Ref is PyStr keyName)
            {
                type._namespace.Set(keyName.Value, value);
                if (value.Ref is PyProperty { Name: null } property)
                {
                    property.Name = keyName.Value;
                }

                // As in CPython, __init_subclass__ and __class_getitem__ are class methods without saying so.
                if (keyName.Value is "__init_subclass__" or "__class_getitem__" && value.Ref is PyFunction)
                {
                    type._namespace.Set(keyName.Value, Value.FromObject(new PyClassMethod(value)));
                }
            }
        }

        if (type._namespace.ContainsKey("__eq__") && !type._namespace.ContainsKey("__hash__"))
        {
            // Defining __eq__ alone makes instances unhashable, as in CPython.
            type._namespace.Set("__hash__", Value.None);
        }

        if (type._namespace.TryGetValue("__slots__", out var slots) && type.Mro.Skip(1).All(t => t == Object || t.SlotNames is not null))
        {
            // Private slot names are mangled as the class body's own private names are.
            type.SlotNames = [.. type.Mro.Skip(1).SelectMany(t => t.SlotNames ?? []), .. SlotNamesOf(slots).Select(slot => PrivateNames.Mangle(name, slot))];
        }

        return type;
    }

    public bool RemoveAttribute(string name)
    {
        EnsureMethods();
        if (!_namespace.Remove(name))
        {
            return false;
        }

        Invalidate();
        return true;
    }

    /// <summary>Looks a name up in this type's own namespace only.</summary>
    public bool TryGetOwn(string name, out Value value)
    {
        EnsureMethods();
        return _namespace.TryGetValue(name, out value);
    }

    /// <summary>Builtin types that CPython does not let a class derive from.</summary>
    private bool IsFinal => IsBuiltin && (this == Bool || this == NoneType || this == Range || this == Function
        || this == BuiltinFunction || this == Ellipsis || this == Module || Constructor is null && this != Object && !IsSubtypeOf(Errors.ExceptionTypes.BaseException));

    private static void CheckLayouts(PyType[] bases)
    {
        if (bases.Length == 1)
        {
            return;
        }

        var layouts = bases.Select(b => b.LayoutBase).Where(l => l != Object).Distinct().ToList();
        if (layouts.Count > 1 && !layouts.All(l => layouts.All(other => l.IsSubtypeOf(other) || other.IsSubtypeOf(l))))
        {
            throw PyErrors.TypeError("multiple bases have instance lay-out conflict");
        }
    }

    private static IEnumerable<string> SlotNamesOf(Value slots) => slots.Ref switch
    {
        PyStr single => [single.Value],
        _ => Operations.Iteration.ToList(slots).Select(item => item.Ref is PyStr name
            ? name.Value
            : throw PyErrors.TypeError($"__slots__ items must be strings, not '{item.Type.Name}'")),
    };

    private void Invalidate()
    {
        foreach (var type in SelfAndSubclasses())
        {
            type.Version++;
            if (!type.IsBuiltin)
            {
                type.InstancesMayShadow = true;
            }
        }
    }

    private IEnumerable<PyType> SelfAndSubclasses()
    {
        yield return this;
        foreach (var reference in _subclasses)
        {
            if (reference.TryGetTarget(out var subclass))
            {
                foreach (var type in subclass.SelfAndSubclasses())
                {
                    yield return type;
                }
            }
        }
    }
}
