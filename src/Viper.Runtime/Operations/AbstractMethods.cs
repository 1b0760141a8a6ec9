using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;

namespace Viper.Runtime.Operations;

/// <summary>
/// Abstract classes as CPython's core sees them: a class whose own <c>__abstractmethods__</c> (set by
/// <c>abc.ABCMeta</c>) is non-empty cannot be instantiated through <c>object.__new__</c>; and the
/// descriptors report <c>__isabstractmethod__</c> from the functions they wrap, which is how
/// <c>ABCMeta</c> finds an abstract property or class method.
/// </summary>
public static class AbstractMethods
{
    /// <summary>Whether <paramref name="type"/> has a non-empty <c>__abstractmethods__</c> of its own.</summary>
    public static bool IsAbstractClass(PyType type) =>
        !type.IsBuiltin && type.TryGetOwn("__abstractmethods__", out var declared) && Truth.IsTrue(declared);

    /// <summary>The TypeError CPython 3.11 raises for instantiating <paramref name="type"/>, an abstract class.</summary>
    public static PythonException InstantiationError(PyType type)
    {
        type.TryGetOwn("__abstractmethods__", out var declared);
        var names = new List<string>();
        foreach (var name in Iteration.ToList(declared))
        {
            names.Add(name.Ref is PyStr s ? s.Value : Repr.Of(name));
        }

        names.Sort(string.CompareOrdinal);
        var plural = names.Count > 1 ? "s" : "";
        return PyErrors.TypeError($"Can't instantiate abstract class {type.Name} with abstract method{plural} {string.Join(", ", names)}");
    }

    /// <summary>Whether <paramref name="callable"/> has a true <c>__isabstractmethod__</c>.</summary>
    public static bool IsAbstract(Value callable) =>
        Attributes.TryGet(callable, "__isabstractmethod__", out var flag) && Truth.IsTrue(flag);

    /// <summary><c>property.__isabstractmethod__</c>: any of its three functions is abstract.</summary>
    public static bool IsAbstract(PyProperty property) => IsAbstract(property.Getter) || IsAbstract(property.Setter) || IsAbstract(property.Deleter);
}
