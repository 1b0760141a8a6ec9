using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;
using Viper.Runtime.Vm;

namespace Viper.Runtime.Operations;

/// <summary>
/// The attributes of a Python function: its names, docstring, module, globals and default values, which
/// decorators such as <c>functools.wraps</c> rewrite, and any others assigned to it (its <c>__dict__</c>).
/// </summary>
internal static class FunctionAttributes
{
    public static bool TryGet(PyFunction function, string name, out Value value)
    {
        value = name switch
        {
            "__name__" => Value.FromString(function.Name),
            "__qualname__" => Value.FromString(function.QualifiedName),
            "__doc__" => function.Doc,
            "__module__" => function.ModuleName,
            "__globals__" => Value.FromObject(function.Globals),
            "__code__" => Value.FromObject(CodeState.For(function.Code).PythonCode),
            "__closure__" => Closure(function),
            "__dict__" => Value.FromObject(function.Attributes ??= new PyDict()),
            "__defaults__" => function.Defaults.Length == 0 ? Value.None : Value.FromObject(PyTuple.Of([.. function.Defaults])),
            "__kwdefaults__" => function.KeywordDefaults is { } defaults ? Value.FromObject(defaults) : Value.None,
            "__annotations__" => Value.FromObject(function.Annotations ??= new PyDict()),
            _ when function.Attributes is { } attributes && attributes.TryGetValue(name, out var own) => own,
            _ => default,
        };
        return value.IsBound;
    }

    /// <summary>None without free variables, else one cell per name of <c>co_freevars</c>, in its (sorted) order.</summary>
    private static Value Closure(PyFunction function)
    {
        var code = function.Code;
        var names = CodeAttributes.FreeNames(code);
        if (names.Length == 0)
        {
            return Value.None;
        }

        var cells = new Value[names.Length];
        var index = 0;
        foreach (var name in names.Order(StringComparer.Ordinal))
        {
            var slot = Array.IndexOf(code.FreeNames, name);
            PyCell cell = slot >= 0 ? function.Closure[slot] : (function.ClassCell ??= new ClassCell()).View;
            cells[index++] = Value.FromObject(cell);
        }

        return Value.FromObject(PyTuple.Of(cells));
    }

    public static void Set(PyFunction function, string name, Value value)
    {
        switch (name)
        {
            case "__name__" or "__qualname__":
                var text = value.Ref as PyStr ?? throw PyErrors.TypeError($"{name} must be set to a string object");
                if (name == "__name__")
                {
                    function.Name = text.Value;
                }
                else
                {
                    function.QualifiedName = text.Value;
                }

                break;
            case "__doc__":
                function.Doc = value;
                break;
            case "__module__":
                function.ModuleName = value;
                break;
            case "__dict__":
                function.Attributes = value.Ref as PyDict ?? throw PyErrors.TypeError($"__dict__ must be set to a dictionary, not a '{TypeNames.Of(value)}'");
                break;
            case "__defaults__":
                function.Defaults = value.IsNone ? []
                    : value.Ref is PyTuple tuple ? tuple.Items
                    : throw PyErrors.TypeError("__defaults__ must be set to a tuple object");
                break;
            case "__kwdefaults__":
                function.KeywordDefaults = value.IsNone ? null
                    : value.Ref as PyDict ?? throw PyErrors.TypeError("__kwdefaults__ must be set to a dict object");
                break;
            case "__annotations__":
                function.Annotations = value.IsNone ? null
                    : value.Ref as PyDict ?? throw PyErrors.TypeError("__annotations__ must be set to a dict object");
                break;
            case "__code__" when value.Ref is not PyCode:
                throw PyErrors.TypeError("__code__ must be set to a code object");
            case "__globals__" or "__closure__" or "__code__" or "__builtins__":
                throw PyErrors.New(ExceptionTypes.AttributeError, "readonly attribute");
            default:
                (function.Attributes ??= new PyDict()).SetItem(name, value);
                break;
        }
    }

    public static void Delete(PyFunction function, string name)
    {
        switch (name)
        {
            case "__name__" or "__qualname__":
                throw PyErrors.TypeError($"{name} must be set to a string object");
            case "__dict__":
                throw PyErrors.TypeError("cannot delete __dict__");
            case "__doc__" or "__module__" or "__defaults__" or "__kwdefaults__" or "__annotations__":
                Set(function, name, Value.None);
                break;
            default:
                if (function.Attributes is null || !function.Attributes.Remove(Value.FromString(name), out _))
                {
                    throw PyErrors.AttributeError(Value.FromObject(function), name);
                }

                break;
        }
    }
}
