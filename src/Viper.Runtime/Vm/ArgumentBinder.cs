using System.Runtime.CompilerServices;
using Viper.Bytecode.Code;
using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;

namespace Viper.Runtime.Vm;

/// <summary>
/// Binds a call's arguments to a Python function's parameter slots when they don't line up one to
/// one: fills defaults, places keyword arguments, collects <c>*args</c> and <c>**kwargs</c>, and
/// raises CPython's TypeErrors for bad calls, checked in the order CPython checks them.
/// </summary>
internal static class ArgumentBinder
{
    /// <param name="window">The callee's frame window, holding the positional then the keyword argument values.</param>
    public static void Bind(PyFunction function, Span<Value> window, int positional, string[]? keywordNames)
    {
        if (keywordNames is null && TryBindDefaults(function, window, positional))
        {
            return;
        }

        BindGeneral(function, window, positional, keywordNames);
    }

    /// <summary>
    /// Every other call: the keyword values are set aside first, as they sit where the parameters
    /// go, which the binding clears (in a buffer on the stack for the usual few, kept out of
    /// <see cref="Bind"/> so that the common calls don't zero it).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void BindGeneral(PyFunction function, Span<Value> window, int positional, string[]? keywordNames)
    {
        var code = function.Code;
        var parameters = code.ArgCount;
        var keywordOnlyEnd = parameters + code.KeywordOnlyCount;
        var hasVarArgs = code.Flags.HasFlag(CodeFlags.VarArgs);
        var hasVarKeywords = code.Flags.HasFlag(CodeFlags.VarKeywords);
        var keywordBuffer = default(KeywordBuffer);
        var keywordCount = keywordNames?.Length ?? 0;
        Span<Value> keywordValues = keywordCount <= KeywordBuffer.Length ? keywordBuffer[..keywordCount] : new Value[keywordCount];
        window.Slice(positional, keywordCount).CopyTo(keywordValues);
        var extra = positional > parameters ? window[parameters..positional].ToArray() : [];
        var bound = Math.Min(positional, parameters);
        window[bound..code.LocalCount].Clear();
        var varSlot = keywordOnlyEnd;
        if (hasVarArgs)
        {
            window[varSlot++] = Value.FromObject(PyTuple.Of(extra));
        }

        PyDict? varKeywords = null;
        if (hasVarKeywords)
        {
            varKeywords = new PyDict();
            window[varSlot] = Value.FromObject(varKeywords);
        }

        if (keywordNames is not null)
        {
            BindKeywords(function, window, keywordNames, keywordValues, varKeywords);
        }

        if (extra.Length > 0 && !hasVarArgs)
        {
            throw TooManyPositional(function, window, positional);
        }

        var firstDefault = parameters - function.Defaults.Length;
        List<string>? missing = null;
        for (var slot = bound; slot < firstDefault; slot++)
        {
            if (!window[slot].IsBound)
            {
                (missing ??= []).Add(code.LocalNames[slot]);
            }
        }

        if (missing is not null)
        {
            throw Missing(function, missing, "positional");
        }

        for (var slot = Math.Max(bound, firstDefault); slot < parameters; slot++)
        {
            if (!window[slot].IsBound)
            {
                window[slot] = function.Defaults[slot - firstDefault];
            }
        }

        for (var slot = parameters; slot < keywordOnlyEnd; slot++)
        {
            if (window[slot].IsBound)
            {
                continue;
            }

            var name = code.LocalNames[slot];
            if (function.KeywordDefaults is { } defaults && defaults.TryGetValue(name, out var value))
            {
                window[slot] = value;
            }
            else
            {
                (missing ??= []).Add(name);
            }
        }

        if (missing is not null)
        {
            throw Missing(function, missing, "keyword-only");
        }
    }

    /// <summary>
    /// The commonest call that needs binding, <c>f(x)</c> of <c>def f(x, y=None)</c>: positional
    /// arguments only, to a function without <c>*args</c>, <c>**kwargs</c> or keyword-only
    /// parameters, whose defaults cover the parameters not given. False, with nothing bound, for any
    /// other call (and for every error, which the general binding raises).
    /// </summary>
    private static bool TryBindDefaults(PyFunction function, Span<Value> window, int positional)
    {
        if (!function.TakesPositionally(positional))
        {
            return false;
        }

        var code = function.Code;
        Interpreter.StoreDefaults(function, window[..code.ArgCount], positional);
        window[code.ArgCount..code.LocalCount].Clear();
        return true;
    }

    private static void BindKeywords(PyFunction function, Span<Value> window, string[] keywordNames, ReadOnlySpan<Value> keywordValues, PyDict? varKeywords)
    {
        var code = function.Code;
        var keywordOnlyEnd = code.ArgCount + code.KeywordOnlyCount;
        for (var k = 0; k < keywordNames.Length; k++)
        {
            var name = keywordNames[k];
            var slot = Array.IndexOf(code.LocalNames, name, code.PositionalOnlyCount, keywordOnlyEnd - code.PositionalOnlyCount);
            if (slot >= 0)
            {
                if (window[slot].IsBound)
                {
                    throw PyErrors.TypeError($"{function.QualifiedName}() got multiple values for argument '{name}'");
                }

                window[slot] = keywordValues[k];
                continue;
            }

            if (varKeywords is not null)
            {
                varKeywords.SetItem(name, keywordValues[k]);
                continue;
            }

            var positionalOnly = keywordNames.Where(n => Array.IndexOf(code.LocalNames, n, 0, code.PositionalOnlyCount) >= 0).ToList();
            if (positionalOnly.Count > 0)
            {
                throw PyErrors.TypeError($"{function.QualifiedName}() got some positional-only arguments passed as keyword arguments: '{string.Join(", ", positionalOnly)}'");
            }

            throw PyErrors.TypeError($"{function.QualifiedName}() got an unexpected keyword argument '{name}'");
        }
    }

    [InlineArray(Length)]
    private struct KeywordBuffer
    {
        public const int Length = 8;

        private Value _first;
    }

    private static PythonException Missing(PyFunction function, List<string> names, string kind) =>
        PyErrors.TypeError($"{function.QualifiedName}() missing {names.Count} required {kind} argument{(names.Count == 1 ? "" : "s")}: {NameList(names)}");

    /// <summary>CPython's message counts the keyword-only parameters the call did fill, if any.</summary>
    private static PythonException TooManyPositional(PyFunction function, Span<Value> window, int given)
    {
        var code = function.Code;
        var most = code.ArgCount;
        var least = most - function.Defaults.Length;
        var keywordOnlyGiven = 0;
        for (var slot = most; slot < most + code.KeywordOnlyCount && slot < window.Length; slot++)
        {
            if (window[slot].IsBound)
            {
                keywordOnlyGiven++;
            }
        }

        var takes = least == most ? $"{most} positional argument{(most == 1 ? "" : "s")}" : $"from {least} to {most} positional arguments";
        var givenText = keywordOnlyGiven == 0
            ? $"{given} {(given == 1 ? "was" : "were")}"
            : $"{given} positional argument{(given == 1 ? "" : "s")} (and {keywordOnlyGiven} keyword-only argument{(keywordOnlyGiven == 1 ? "" : "s")}) were";
        return PyErrors.TypeError($"{function.QualifiedName}() takes {takes} but {givenText} given");
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
