using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;

namespace Viper.Runtime.Operations;

/// <summary>Attribute access on classes written in Python (<c>Point.origin</c>, <c>cls.count += 1</c>) and on <c>super()</c> objects.</summary>
public static class ClassAttributes
{
    /// <summary><c>type.__setattr__</c>: a class written in Python takes any attribute; a builtin type none.</summary>
    public static void Set(PyType type, string name, Value value)
    {
        if (type.IsBuiltin)
        {
            throw PyErrors.TypeError($"cannot set '{name}' attribute of immutable type '{type.Name}'");
        }

        RejectReadOnly(name);
        if (!TrySetTypeData(type, name, value))
        {
            type.SetAttribute(name, value);
        }
    }

    /// <summary>
    /// Assigns <c>__name__</c> or <c>__qualname__</c> of a class written in Python, which live in the class
    /// itself rather than its namespace; false for any other name.
    /// </summary>
    private static bool TrySetTypeData(PyType type, string name, Value value)
    {
        if (name is not ("__name__" or "__qualname__"))
        {
            return false;
        }

        if (value.Ref is not PyStr text)
        {
            throw PyErrors.TypeError($"can only assign string to {type.Name}.{name}, not '{TypeNames.Of(value)}'");
        }

        if (name == "__name__")
        {
            type.Name = text.Value.Contains('\0') ? throw PyErrors.ValueError("type name must not contain null characters") : text.Value;
        }
        else
        {
            type.QualifiedName = text.Value;
        }

        return true;
    }

    public static Value Get(PyType type, string name)
    {
        if (TryGetTypeData(type, name, out var data))
        {
            return data;
        }

        switch (name)
        {
            case "__class__":
                return Value.FromObject(type.Type);
            case "__doc__" when !type.TryGetOwn("__doc__", out _):
                return Value.None;
            case "__annotations__" when !type.TryGetOwn("__annotations__", out _):
                // A class's own annotations, never a base's: one without any gets an empty dict to keep, as in CPython.
                var annotations = Value.FromObject(new PyDict());
                type.SetAttribute("__annotations__", annotations);
                return annotations;
        }

        if (type.TryLookup(name, out var attribute))
        {
            return FromClass(attribute, type);
        }

        if (TryGetFromMetaclass(type, name, out var metaAttribute))
        {
            return metaAttribute;
        }

        throw PyErrors.AttributeError(Value.FromObject(type), name);
    }

    /// <summary>What every type answers from its own structure: its names, module, bases, MRO and namespace.</summary>
    public static bool TryGetTypeData(PyType type, string name, out Value value)
    {
        value = name switch
        {
            "__name__" => Value.FromString(type.Name),
            "__qualname__" => Value.FromString(type.QualifiedName),
            "__module__" when type.ModuleName is { } module => Value.FromString(module),
            "__module__" when type.IsBuiltin => Value.FromString("builtins"),
            "__bases__" => Value.FromObject(PyTuple.Of([.. type.Bases.Select(b => Value.FromObject(b))])),
            "__base__" => type.Base is { } baseType ? Value.FromObject(baseType) : Value.None,
            "__mro__" => Value.FromObject(PyTuple.Of([.. type.Mro.Select(b => Value.FromObject(b))])),
            "__dict__" => Value.FromObject(NamespaceCopy(type)),
            _ => default,
        };
        return value.IsBound;
    }

    /// <summary>
    /// An attribute the class does not have, found on its metaclass and bound to the class as a method
    /// is to an instance (<c>cls.mro()</c> reaches <c>type.mro</c>).
    /// </summary>
    public static bool TryGetFromMetaclass(PyType type, string name, out Value value)
    {
        value = default;
        if (!type.Type.TryLookup(name, out var metaAttribute))
        {
            return false;
        }

        if (!type.Type.IsBuiltin)
        {
            value = InstanceAttributes.Bind(metaAttribute, Value.FromObject(type), type.Type);
        }
        else if (metaAttribute.Ref is PyBuiltinFunction { IsMethod: true } method)
        {
            value = Value.FromObject(new PyBoundBuiltin(method, Value.FromObject(type)));
        }

        return value.IsBound;
    }

    public static void Delete(PyType type, string name)
    {
        if (type.IsBuiltin)
        {
            throw PyErrors.TypeError($"cannot set '{name}' attribute of immutable type '{type.Name}'");
        }

        // The attributes CPython keeps in the type object itself can be set but never deleted.
        if (name is "__name__" or "__qualname__" or "__module__" or "__bases__" or "__doc__")
        {
            throw PyErrors.TypeError($"cannot delete '{name}' attribute of immutable type '{type.Name}'");
        }

        RejectReadOnly(name);
        if (!type.RemoveAttribute(name))
        {
            throw PyErrors.AttributeError(Value.FromObject(type), name);
        }
    }

    /// <summary>The descriptors type itself has for these take no assignment and no deletion.</summary>
    private static void RejectReadOnly(string name)
    {
        switch (name)
        {
            case "__dict__":
                throw PyErrors.New(ExceptionTypes.AttributeError, "attribute '__dict__' of 'type' objects is not writable");
            case "__mro__":
                throw PyErrors.New(ExceptionTypes.AttributeError, "readonly attribute");
        }
    }

    /// <summary>What a class attribute read through the class is: functions stay plain, class methods bind to the class.</summary>
    public static Value FromClass(Value attribute, PyType type) => attribute.Ref switch
    {
        PyStaticMethod staticMethod => staticMethod.Function,
        PyClassMethod classMethod => Value.FromObject(new PyBoundMethod(classMethod.Function, Value.FromObject(type))),
        PyBuiltinClassMethod classMethod => Value.FromObject(new PyBoundBuiltin(classMethod.Function, Value.FromObject(type))),
        PyObject { Type.IsBuiltin: false } when SpecialMethods.TryFind(attribute.Type, "__get__", out var get) =>
            SpecialMethods.CallBound(get, attribute, [Value.None, Value.FromObject(type)]),
        _ => attribute,
    };

    /// <summary><c>super().name</c>: the first class after <see cref="PySuper.StartAfter"/> in the MRO that has the name.</summary>
    public static Value GetFromSuper(PySuper super, string name)
    {
        var mro = super.SelfType.Mro;
        for (var i = Array.IndexOf(mro, super.StartAfter) + 1; i < mro.Length; i++)
        {
            if (!mro[i].TryGetOwn(name, out var attribute))
            {
                continue;
            }

            var selfIsClass = super.Self.Ref is PyType && ReferenceEquals(super.Self.Ref, super.SelfType);
            return selfIsClass ? FromClass(attribute, super.SelfType) : InstanceAttributes.Bind(attribute, super.Self, super.SelfType);
        }

        if (name == "__class__")
        {
            return Value.FromObject(PySuper.SuperType);
        }

        throw PyErrors.New(ExceptionTypes.AttributeError, $"'super' object has no attribute '{name}'");
    }

    private static PyDict NamespaceCopy(PyType type)
    {
        var dict = new PyDict();
        foreach (var (key, value) in type.OwnAttributes)
        {
            dict.SetItem(key, value);
        }

        return dict;
    }
}
