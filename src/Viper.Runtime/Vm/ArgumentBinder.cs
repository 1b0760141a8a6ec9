using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;

namespace Viper.Runtime.Vm;

/// <summary>
/// Binds a call's arguments to a Python function's parameter slots when they don't line up one to
/// one: fills defaults, places keyword arguments, and raises CPython's TypeErrors for bad calls.
/// </summary>
internal static class ArgumentBinder
{
    /// <param name="window">The callee's frame window, holding the positional then the keyword argument values.</param>
    public static void Bind(PyFunction function, Span<Value> window, int positional, string[]? keywordNames)
    {
        var code = function.Code;
        var parameters = code.ArgCount;
        var keywordValues = keywordNames is null ? [] : window.Slice(positional, keywordNames.Length).ToArray();
        if (positional > parameters)
        {
            throw TooManyPositional(function, positional);
        }

        window[positional..code.LocalCount].Clear();
        if (keywordNames is not null)
        {
            for (var k = 0; k < keywordNames.Length; k++)
            {
                var slot = Array.IndexOf(code.LocalNames, keywordNames[k], 0, parameters);
                if (slot < 0 || slot < code.PositionalOnlyCount)
                {
                    throw PyErrors.TypeError($"{function.QualifiedName}() got an unexpected keyword argument '{keywordNames[k]}'");
                }

                if (window[slot].IsBound)
                {
                    throw PyErrors.TypeError($"{function.QualifiedName}() got multiple values for argument '{keywordNames[k]}'");
                }

                window[slot] = keywordValues[k];
            }
        }

        var firstDefault = parameters - function.Defaults.Length;
        var missing = new List<string>();
        for (var slot = positional; slot < parameters; slot++)
        {
            if (window[slot].IsBound)
            {
                continue;
            }

            if (slot >= firstDefault)
            {
                window[slot] = function.Defaults[slot - firstDefault];
            }
            else
            {
                missing.Add(code.LocalNames[slot]);
            }
        }

        if (missing.Count > 0)
        {
            throw PyErrors.TypeError($"{function.QualifiedName}() missing {missing.Count} required positional argument{(missing.Count == 1 ? "" : "s")}: {NameList(missing)}");
        }
    }

    private static PythonException TooManyPositional(PyFunction function, int given)
    {
        var most = function.Code.ArgCount;
        var least = most - function.Defaults.Length;
        var takes = least == most ? $"{most} positional argument{(most == 1 ? "" : "s")}" : $"from {least} to {most} positional arguments";
        return PyErrors.TypeError($"{function.QualifiedName}() takes {takes} but {given} {(given == 1 ? "was" : "were")} given");
    }

    /// <summary>CPython's list of names: <c>'a'</c>, <c>'a' and 'b'</c>, <c>'a', 'b', and 'c'</c>.</summary>
    private static string NameList(List<string> names)
    {
        var quoted = names.Select(n => $"'{n}'").ToList();
        return quoted.Count switch
        {
            1 => quoted[0],
            2 => $"{quoted[0]} and {quoted[1]}",
            _ => string.Join(", ", quoted.Take(quoted.Count - 1)) + ", and " + quoted[^1],
        };
    }
}
