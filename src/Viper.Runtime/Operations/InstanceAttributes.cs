using System.Runtime.CompilerServices;
using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;
using Viper.Runtime.Vm;

namespace Viper.Runtime.Operations;

/// <summary>
/// Attribute access on instances of classes written in Python, as <c>object.__getattribute__</c>,
/// <c>__setattr__</c> and <c>__delattr__</c> do it: data descriptors (properties) first, then the
/// instance's dict, then the class attribute (binding functions into methods), then <c>__getattr__</c>.
/// </summary>
public static class InstanceAttributes
{
    /// <summary>The dicts of instances of builtin-derived classes (<c>class Stack(list)</c>) and of exceptions, whose .NET objects have no dict field.</summary>
    private static readonly ConditionalWeakTable<PyObject, PyDict> BuiltinLayoutDicts = [];

    /// <summary>The instance's <c>__dict__</c>, or null for instances of builtin types.</summary>
    public static PyDict? DictOf(Value owner) => owner.Ref switch
    {
        PyInstance instance => instance.Dict,
        PyObject { Type.IsBuiltin: false } or PyBaseException => BuiltinLayoutDicts.GetValue((PyObject)owner.Ref, _ => new PyDict()),
        _ => null,
    };

    /// <summary>The <c>__dict__</c> a builtin-derived instance or exception has already, without creating one.</summary>
    public static PyDict? ExistingDictOf(Value owner) => owner.Ref switch
    {
        PyInstance => null,
        PyObject { Type.IsBuiltin: false } or PyBaseException when BuiltinLayoutDicts.TryGetValue((PyObject)owner.Ref, out var dict) => dict,
        _ => null,
    };

    /// <summary>The value the instance itself holds for <paramref name="name"/> (in its values or its <c>__dict__</c>), if any.</summary>
    public static bool TryGetOwn(Value owner, string name, out Value value)
    {
        if (owner.Ref is PyInstance instance)
        {
            return instance.TryGetAttribute(name, out value);
        }

        value = default;
        return ExistingDictOf(owner) is { } dict && dict.TryGetValue(name, out value);
    }

    /// <summary>True when the instance itself holds a value for <paramref name="name"/>.</summary>
    public static bool HasOwn(Value owner, string name) =>
        owner.Ref is PyInstance instance ? instance.HasAttribute(name) : ExistingDictOf(owner) is { } dict && dict.FindString(name) >= 0;

    /// <summary>The names the instance itself holds, in insertion order.</summary>
    public static IEnumerable<Value> OwnNames(Value owner) =>
        owner.Ref is PyInstance instance ? instance.AttributeNamesInOrder()
        : ExistingDictOf(owner) is { } dict ? dict.Items().Select(item => item.Key) : [];

    public static Value Get(Value owner, string name) =>
        TryGet(owner, name, out var value) ? value : throw PyErrors.AttributeError(owner, name);

    /// <summary>
    /// <see cref="Get"/> that answers false for a missing attribute instead of raising: only a
    /// <c>__getattribute__</c>, <c>__getattr__</c>, property or descriptor that raises still does
    /// (raising costs a .NET exception, tens of microseconds, which <c>hasattr</c> should not pay).
    /// </summary>
    public static bool TryGet(Value owner, string name, out Value value)
    {
        var type = owner.Type;
        if (SpecialMethods.TryFind(type, "__getattribute__", out var getAttribute))
        {
            try
            {
                value = SpecialMethods.CallBound(getAttribute, owner, [Value.FromString(name)]);
                return true;
            }
            catch (PythonException error) when (error.Value.Type.IsSubtypeOf(ExceptionTypes.AttributeError)
                && SpecialMethods.TryFind(type, "__getattr__", out var fallback))
            {
                value = SpecialMethods.CallBound(fallback, owner, [Value.FromString(name)]);
                return true;
            }
        }

        if (TryGetGeneric(owner, name, out value))
        {
            return true;
        }

        if (SpecialMethods.TryFind(type, "__getattr__", out var getAttr))
        {
            value = SpecialMethods.CallBound(getAttr, owner, [Value.FromString(name)]);
            return true;
        }

        return false;
    }

    /// <summary><c>object.__getattribute__</c>: every step but <c>__getattr__</c>.</summary>
    public static bool TryGetGeneric(Value owner, string name, out Value value)
    {
        var type = owner.Type;
        switch (name)
        {
            case "__class__":
                value = Value.FromObject(type);
                return true;
            case "__dict__" when DictOf(owner) is { } exposed && type.SlotNames is null:
                type.MarkInstancesMayShadow();
                value = Value.FromObject(exposed);
                return true;
        }

        var hasClassAttribute = type.TryLookup(name, out var classAttribute);
        if (hasClassAttribute && IsDataDescriptor(classAttribute))
        {
            value = GetFromDescriptor(classAttribute, owner, type, name);
            return true;
        }

        // An exception's args, __cause__ and kin are data descriptors of BaseException in CPython.
        if (owner.Ref is PyBaseException exception && ExceptionAttributes.TryGet(exception, name, out value))
        {
            return true;
        }

        // So are an int's or float's real, imag, numerator and denominator.
        if (owner.Ref is PyBigInt or PyFloat && NumberAttributes.TryGet(owner, name, out value))
        {
            return true;
        }

        if (TryGetOwn(owner, name, out value))
        {
            return true;
        }

        if (hasClassAttribute)
        {
            value = Bind(classAttribute, owner, type);
            return true;
        }

        value = default;
        return false;
    }

    public static void Set(Value owner, string name, Value value)
    {
        if (SpecialMethods.TryFind(owner.Type, "__setattr__", out var setAttr))
        {
            SpecialMethods.CallBound(setAttr, owner, [Value.FromString(name), value]);
            return;
        }

        SetGeneric(owner, name, value);
    }

    /// <summary><c>object.__setattr__</c>.</summary>
    public static void SetGeneric(Value owner, string name, Value value)
    {
        if (owner.Ref is PyBaseException exception && ExceptionAttributes.TrySet(exception, name, value))
        {
            return;
        }

        var type = owner.Type;
        var hasClassAttribute = type.TryLookup(name, out var classAttribute);
        if (hasClassAttribute && classAttribute.Ref is PyProperty property)
        {
            if (property.Setter.IsNone)
            {
                throw NoAccessor(property, type, "setter");
            }

            Interpreter.Current.Call(property.Setter, [owner, value]);
            return;
        }

        if (hasClassAttribute && IsUserDescriptor(classAttribute, "__set__", out var set))
        {
            SpecialMethods.CallBound(set, classAttribute, [owner, value]);
            return;
        }

        var dict = owner.Ref is PyInstance ? null : DictOf(owner);
        if ((owner.Ref is not PyInstance && dict is null) || (type.SlotNames is { } slots && !slots.Contains(name)))
        {
            throw PyErrors.AttributeError(owner, name);
        }

        if (hasClassAttribute && !type.InstancesMayShadow)
        {
            type.MarkInstancesMayShadow();
        }

        if (owner.Ref is PyInstance instance)
        {
            instance.SetAttribute(name, value);
            return;
        }

        dict!.SetItem(Value.FromObject(AttributeNames.Intern(name)), value);
    }

    public static void Delete(Value owner, string name)
    {
        if (SpecialMethods.TryFind(owner.Type, "__delattr__", out var delAttr))
        {
            SpecialMethods.CallBound(delAttr, owner, [Value.FromString(name)]);
            return;
        }

        DeleteGeneric(owner, name);
    }

    /// <summary>
    /// Setting or deleting through a property without that accessor: named as CPython names it, by
    /// the name <c>__set_name__</c> gave the property (its class body's), else not at all.
    /// </summary>
    private static PythonException NoAccessor(PyProperty property, PyType type, string accessor) =>
        PyErrors.New(ExceptionTypes.AttributeError, property.Name is { } name
            ? $"property '{name}' of '{type.QualifiedName}' object has no {accessor}"
            : $"property of '{type.QualifiedName}' object has no {accessor}");

    /// <summary><c>object.__delattr__</c>.</summary>
    public static void DeleteGeneric(Value owner, string name)
    {
        var type = owner.Type;
        var hasClassAttribute = type.TryLookup(name, out var classAttribute);
        if (hasClassAttribute && classAttribute.Ref is PyProperty property)
        {
            if (property.Deleter.IsNone)
            {
                throw NoAccessor(property, type, "deleter");
            }

            Interpreter.Current.Call(property.Deleter, [owner]);
            return;
        }

        if (hasClassAttribute && IsUserDescriptor(classAttribute, "__delete__", out var delete))
        {
            SpecialMethods.CallBound(delete, classAttribute, [owner]);
            return;
        }

        var removed = owner.Ref is PyInstance instance
            ? instance.RemoveAttribute(name)
            : DictOf(owner) is { } dict && dict.Remove(Value.FromString(name), out _);
        if (!removed)
        {
            throw PyErrors.AttributeError(owner, name);
        }
    }

    /// <summary>What a class attribute becomes when read through an instance: functions become bound methods.</summary>
    public static Value Bind(Value attribute, Value owner, PyType type) => attribute.Ref switch
    {
        PyFunction => Value.FromObject(new PyBoundMethod(attribute, owner)),
        PyStaticMethod staticMethod => staticMethod.Function,
        PyClassMethod classMethod => Value.FromObject(new PyBoundMethod(classMethod.Function, Value.FromObject(type))),
        PyBuiltinFunction { IsMethod: true } method => Value.FromObject(new PyBoundBuiltin(method, owner)),
        PyBuiltinClassMethod classMethod => Value.FromObject(new PyBoundBuiltin(classMethod.Function, Value.FromObject(type))),
        PyProperty or PyObject { Type.IsBuiltin: false } => GetFromDescriptor(attribute, owner, type, null),
        _ => attribute,
    };

    /// <summary>True for a property or an object whose class defines <c>__set__</c> or <c>__delete__</c>.</summary>
    public static bool IsDataDescriptor(Value attribute) =>
        attribute.Ref is PyProperty || IsUserDescriptor(attribute, "__set__", out _) || IsUserDescriptor(attribute, "__delete__", out _);

    /// <summary>True when reading the class attribute through an instance gives the attribute itself.</summary>
    public static bool IsPlainValue(Value attribute) =>
        attribute.Ref is not (PyFunction or PyStaticMethod or PyClassMethod or PyProperty or PyBuiltinFunction or PyBuiltinClassMethod)
        && !IsUserDescriptor(attribute, "__get__", out _);

    private static Value GetFromDescriptor(Value descriptor, Value owner, PyType type, string? name)
    {
        if (descriptor.Ref is PyProperty property)
        {
            return property.Getter.IsNone
                ? throw PyErrors.New(ExceptionTypes.AttributeError, $"property '{property.Name ?? name}' of '{type.Name}' object has no getter")
                : Interpreter.Current.Call(property.Getter, [owner]);
        }

        return IsUserDescriptor(descriptor, "__get__", out var get)
            ? SpecialMethods.CallBound(get, descriptor, [owner, Value.FromObject(type)])
            : descriptor;
    }

    private static bool IsUserDescriptor(Value attribute, string method, out Value found)
    {
        found = default;
        return attribute.Ref is PyObject { Type.IsBuiltin: false } && SpecialMethods.TryFind(attribute.Type, method, out found);
    }
}
