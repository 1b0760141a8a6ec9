using Viper.Bytecode.Code;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;

namespace Viper.Runtime.Operations;

/// <summary>
/// The <c>co_*</c> attributes of a code object that describe its source and signature, as CPython 3.11
/// gives them. The ones that describe CPython's own bytecode (<c>co_code</c>, <c>co_consts</c>,
/// <c>co_names</c>, <c>co_flags</c>, ...) have no faithful equivalent here and are absent.
/// </summary>
internal static class CodeAttributes
{
    public static bool TryGet(PyCode pythonCode, string name, out Value value)
    {
        var code = pythonCode.Code;
        value = name switch
        {
            "co_name" => Value.FromString(code.Name),
            "co_qualname" => Value.FromString(code.QualifiedName),
            "co_filename" => Value.FromString(code.FileName),
            "co_firstlineno" => Value.FromInt(code.FirstLine),
            "co_argcount" => Value.FromInt(code.ArgCount),
            "co_posonlyargcount" => Value.FromInt(code.PositionalOnlyCount),
            "co_kwonlyargcount" => Value.FromInt(code.KeywordOnlyCount),
            "co_varnames" => Tuple(VariableNames(code)),
            "co_nlocals" => Value.FromInt(VariableNames(code).Count),

            // CPython sorts the cell and free variables by name.
            "co_cellvars" => Tuple(code.CellNames.Order(StringComparer.Ordinal)),
            "co_freevars" => Tuple(FreeNames(code).Order(StringComparer.Ordinal)),
            _ => default,
        };
        return value.IsBound;
    }

    /// <summary>
    /// CPython's <c>co_varnames</c>: the parameters, in the frame's order (positional, keyword-only,
    /// <c>*args</c>, <c>**kwargs</c>), then the other locals. Viper's frame also holds the cells and
    /// free variables among its slots; CPython lists those apart.
    /// </summary>
    private static List<string> VariableNames(CodeObject code)
    {
        var parameterCount = code.ArgCount + code.KeywordOnlyCount
            + (code.Flags.HasFlag(CodeFlags.VarArgs) ? 1 : 0) + (code.Flags.HasFlag(CodeFlags.VarKeywords) ? 1 : 0);
        var names = new List<string>(code.LocalNames[..parameterCount]);
        foreach (var local in code.LocalNames[parameterCount..])
        {
            if (Array.IndexOf(code.CellNames, local) < 0 && Array.IndexOf(code.FreeNames, local) < 0)
            {
                names.Add(local);
            }
        }

        return names;
    }

    /// <summary>The free variables, <c>__class__</c> among them where a method reads the class cell (unsorted).</summary>
    internal static string[] FreeNames(CodeObject code) =>
        code.Flags.HasFlag(CodeFlags.ReadsClassCell) ? [.. code.FreeNames, "__class__"] : code.FreeNames;

    private static Value Tuple(IEnumerable<string> names) => Value.FromObject(PyTuple.Of([.. names.Select(Value.FromString)]));
}
