using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;
using Viper.Runtime.Vm;

namespace Viper.Runtime.Operations;

/// <summary>
/// What generic aliases (<c>list[int]</c>) and unions (<c>int | None</c>) do as values: their
/// reprs, equality and hashes, attributes, calls and subscripts, as CPython's <c>types.GenericAlias</c>
/// and <c>types.UnionType</c> do them.
/// </summary>
public static class TypeHints
{
    public static string Repr(PyGenericAlias alias)
    {
        var arguments = alias.Arguments.Items;
        var subscript = arguments.Length == 0 ? "()" : string.Join(", ", arguments.Select(ItemRepr));
        return $"{ItemRepr(alias.Origin)}[{subscript}]";
    }

    public static string Repr(PyUnionType union) =>
        string.Join(" | ", union.Members.Items.Select(member => ReferenceEquals(member.Ref, PyType.NoneType) ? "None" : ItemRepr(member)));

    /// <summary>
    /// One type in a hint's repr: a type or function by its qualified name (with its module unless
    /// builtin), <c>...</c> for Ellipsis, and anything else by its repr.
    /// </summary>
    private static string ItemRepr(Value item) => item.Ref switch
    {
        PyEllipsis => "...",
        PyType type when type.IsBuiltin && (type.ModuleName is null || type.NamedWithModule) => TypeNames.OfType(type),
        PyType type => $"{type.ModuleName ?? "__main__"}.{type.QualifiedName}",
        PyBuiltinFunction { IsMethod: false } builtin => builtin.Name,
        PyFunction function when function.ModuleName.Ref is PyStr module => module.Value == "builtins" ? function.QualifiedName : $"{module.Value}.{function.QualifiedName}",
        _ => Operations.Repr.Of(item),
    };

    public static bool Equal(PyGenericAlias a, PyGenericAlias b) =>
        a.Origin.Is(b.Origin) && Comparison.Equal(Value.FromObject(a.Arguments), Value.FromObject(b.Arguments));

    /// <summary>Unions are equal when they have the same members in any order, as CPython compares their sets.</summary>
    public static bool Equal(PyUnionType a, PyUnionType b) =>
        a.Members.Count == b.Members.Count
        && a.Members.Items.All(member => b.Members.Items.Any(other => PyUnionType.IsSameMember(member, other)));

    public static long Hash(PyGenericAlias alias) => Hashing.Hash(alias.Origin) ^ Hashing.Hash(Value.FromObject(alias.Arguments));

    /// <summary>Independent of the members' order, as equality is.</summary>
    public static long Hash(PyUnionType union)
    {
        long hash = 0x1C3A5;
        foreach (var member in union.Members.Items)
        {
            hash ^= Hashing.Hash(member);
        }

        return hash == -1 ? -2 : hash;
    }

    /// <summary>The attributes an alias answers itself; it takes every other one from its origin.</summary>
    public static Value GetAttribute(PyGenericAlias alias, string name) => name switch
    {
        "__origin__" => alias.Origin,
        "__args__" => Value.FromObject(alias.Arguments),
        "__parameters__" => Value.FromObject(PyTuple.Empty),
        "__class__" => Value.FromObject(PyGenericAlias.GenericAliasType),
        "__mro_entries__" => throw PyErrors.AttributeError(Value.FromObject(alias), name),
        _ => Attributes.Get(alias.Origin, name),
    };

    public static Value GetAttribute(PyUnionType union, string name) => name switch
    {
        "__args__" => Value.FromObject(union.Members),
        "__parameters__" => Value.FromObject(PyTuple.Empty),
        "__class__" => Value.FromObject(PyUnionType.UnionTypeType),
        _ => throw PyErrors.AttributeError(Value.FromObject(union), name),
    };

    /// <summary>
    /// Calling an alias calls its origin; an instance that can take attributes records the alias in
    /// <c>__orig_class__</c>, and one that cannot is returned as it is.
    /// </summary>
    public static Value Call(Interpreter vm, PyGenericAlias alias, CallArgs args)
    {
        var instance = vm.Call(alias.Origin, args.All, args.KeywordNames);
        if (SpecialMethods.IsUserObject(instance))
        {
            try
            {
                Attributes.Set(instance, "__orig_class__", Value.FromObject(alias));
            }
            catch (PythonException error) when (error.Value.Type.IsSubtypeOf(ExceptionTypes.AttributeError) || error.Value.Type.IsSubtypeOf(ExceptionTypes.TypeError))
            {
                // CPython ignores both: an instance with __slots__ or a __setattr__ that refuses.
            }
        }

        return instance;
    }

    /// <summary>
    /// <c>alias[x]</c>: Viper's aliases have no type variables to substitute, so none is generic any
    /// more, as CPython says of an alias without parameters.
    /// </summary>
    public static Value Subscript(PyGenericAlias alias) => throw PyErrors.TypeError($"{Repr(alias)} is not a generic class");

    /// <summary><c>list.__class_getitem__(item)</c> (and every builtin container type's): the alias <c>cls[item]</c>.</summary>
    public static Value ClassGetItem(Value type, Value item) => Value.FromObject(PyGenericAlias.Of(type, item));
}
