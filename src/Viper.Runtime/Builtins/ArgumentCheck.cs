using System.Numerics;
using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Builtins;

/// <summary>Argument-count and argument-type checks for builtins, with CPython's messages.</summary>
public static class ArgumentCheck
{
    public static void NoKeywords(CallArgs args, string name)
    {
        if (args.KeywordCount > 0)
        {
            throw PyErrors.TypeError($"{name}() takes no keyword arguments");
        }
    }

    public static void Exactly(CallArgs args, string name, int count)
    {
        NoKeywords(args, name);
        if (args.Count != count)
        {
            throw count == 1
                ? PyErrors.TypeError($"{name}() takes exactly one argument ({args.Count} given)")
                : PyErrors.TypeError($"{name} expected {count} arguments, got {args.Count}");
        }
    }

    public static void Range(CallArgs args, string name, int least, int most)
    {
        NoKeywords(args, name);
        if (args.Count < least)
        {
            throw PyErrors.TypeError(least == 1 && most == 1
                ? $"{name}() takes exactly one argument ({args.Count} given)"
                : $"{name} expected at least {least} argument{(least == 1 ? "" : "s")}, got {args.Count}");
        }

        if (args.Count > most)
        {
            throw PyErrors.TypeError(most == 0
                ? $"{name}() takes no arguments ({args.Count} given)"
                : $"{name} expected at most {most} argument{(most == 1 ? "" : "s")}, got {args.Count}");
        }
    }

    /// <summary>A method taking no arguments besides its receiver (CPython's METH_NOARGS).</summary>
    public static void NoArguments(CallArgs args, string qualifiedName)
    {
        NoKeywords(args, qualifiedName);
        if (args.Count != 1)
        {
            throw PyErrors.TypeError($"{qualifiedName}() takes no arguments ({args.Count - 1} given)");
        }
    }

    /// <summary>A method taking exactly one argument besides its receiver (CPython's METH_O).</summary>
    public static void OneArgument(CallArgs args, string qualifiedName)
    {
        NoKeywords(args, qualifiedName);
        if (args.Count != 2)
        {
            throw PyErrors.TypeError($"{qualifiedName}() takes exactly one argument ({args.Count - 1} given)");
        }
    }

    /// <summary>
    /// A method whose arguments CPython parses with a format string (bytes.find, bytes.count):
    /// <c>find() takes at least 1 argument (0 given)</c>.
    /// </summary>
    public static void ParsedRange(CallArgs args, string name, int least, int most)
    {
        NoKeywords(args, name);
        var given = args.Count - 1;
        if (given < least)
        {
            throw PyErrors.TypeError($"{name}() takes at least {least} argument{(least == 1 ? "" : "s")} ({given} given)");
        }

        if (given > most)
        {
            throw PyErrors.TypeError($"{name}() takes at most {most} argument{(most == 1 ? "" : "s")} ({given} given)");
        }
    }

    /// <summary>A method's positional arguments, not counting its receiver, as Argument Clinic checks them.</summary>
    public static void MethodRange(CallArgs args, string name, int least, int most)
    {
        NoKeywords(args, name);
        var given = args.Count - 1;
        if (given >= least && given <= most)
        {
            return;
        }

        if (least == most)
        {
            throw PyErrors.TypeError($"{name} expected {least} argument{(least == 1 ? "" : "s")}, got {given}");
        }

        throw given < least
            ? PyErrors.TypeError($"{name} expected at least {least} argument{(least == 1 ? "" : "s")}, got {given}")
            : PyErrors.TypeError($"{name} expected at most {most} argument{(most == 1 ? "" : "s")}, got {given}");
    }

    /// <summary>
    /// Binds a builtin's two parameters, each given by position or by name (<c>round(number,
    /// ndigits)</c>, <c>enumerate(iterable, start)</c>), with CPython's messages for extra or
    /// unknown arguments. A parameter not given is left as it was passed in. With
    /// <paramref name="missingFirst"/>, the binding is Argument Clinic's (as for <c>round</c>): a
    /// name repeating a positional argument and a missing first argument are reported before any
    /// unknown keyword; without it the caller checks what is missing.
    /// </summary>
    public static void BindTwo(
        CallArgs args, string function, string firstName, string secondName, ref Value first, ref Value second, string? missingFirst = null)
    {
        var given = args.Count + args.KeywordCount;
        if (given > 2)
        {
            throw PyErrors.TypeError($"{function}() takes at most 2 arguments ({given} given)");
        }

        if (args.Count > 0)
        {
            first = args[0];
        }

        if (args.Count > 1)
        {
            second = args[1];
        }

        string? unknown = null;
        for (var i = 0; i < args.KeywordCount; i++)
        {
            var value = args.All[args.Count + i];
            var name = args.KeywordNames![i];
            var position = name == firstName ? 1 : name == secondName ? 2 : 0;
            if (position > 0 && args.Count < position)
            {
                (position == 1 ? ref first : ref second) = value;
            }
            else if (position > 0 && missingFirst is not null)
            {
                throw PyErrors.TypeError($"argument for {function}() given by name ('{name}') and position ({position})");
            }
            else
            {
                unknown ??= name;
            }
        }

        if (missingFirst is not null && !first.IsBound)
        {
            throw PyErrors.TypeError(missingFirst);
        }

        if (unknown is not null)
        {
            throw PyErrors.TypeError($"'{unknown}' is an invalid keyword argument for {function}()");
        }
    }

    /// <summary>An int argument used as a size or index (<c>__index__</c>).</summary>
    /// <summary>
    /// Binds a builtin function's positional-or-keyword parameters (no receiver) as Argument Clinic does:
    /// positions first, then names; a parameter not given stays unbound. With
    /// <paramref name="invalidKeywordStyle"/>, an unknown name gets the older "is an invalid keyword argument" message.
    /// </summary>
    public static Value[] BindParameters(CallArgs args, string function, string[] names, bool invalidKeywordStyle = false)
    {
        var total = args.Count + args.KeywordCount;
        if (args.Count > names.Length || total > names.Length)
        {
            throw PyErrors.TypeError($"{function}() takes at most {names.Length} arguments ({total} given)");
        }

        var values = new Value[names.Length];
        for (var i = 0; i < args.Count; i++)
        {
            values[i] = args[i];
        }

        foreach (var keyword in args.KeywordNames ?? [])
        {
            var index = Array.IndexOf(names, keyword);
            if (index < 0)
            {
                throw PyErrors.TypeError(invalidKeywordStyle
                    ? $"'{keyword}' is an invalid keyword argument for {function}()"
                    : $"{function}() got an unexpected keyword argument '{keyword}'");
            }

            if (index < args.Count)
            {
                throw PyErrors.TypeError($"argument for {function}() given by name ('{keyword}') and position ({index + 1})");
            }

            args.TryGetKeyword(keyword, out values[index]);
        }

        return values;
    }

    /// <summary>
    /// An index argument of any size, for a caller that clamps or range-checks it itself (int()'s
    /// base, hex()'s group size); what is no index gets <see cref="Index"/>'s TypeError.
    /// </summary>
    public static BigInteger WholeIndex(Value value) =>
        Numbers.TryGetIndexValue(value, out var index) && Numbers.TryGetBigInteger(index, out var whole) ? whole : Index(value);

    public static long Index(Value value)
    {
        if (Numbers.Classify(value, out var small, out _, out _) == NumberKind.Small)
        {
            return small;
        }

        if (value.Ref is PyBigInt)
        {
            throw PyErrors.Overflow("Python int too large to convert to C ssize_t");
        }

        return Numbers.TryIndexMethod(value, out var converted)
            ? Index(converted)
            : throw PyErrors.TypeError($"'{TypeNames.Of(value)}' object cannot be interpreted as an integer");
    }

    /// <summary>A str argument checked as CPython's argument clinic checks it, which names None as <c>None</c>.</summary>
    public static PyStr Str(Value value, string context)
    {
        return value.Ref as PyStr ?? throw PyErrors.TypeError($"{context} must be str, not {(value.IsNone ? "None" : TypeNames.Of(value))}");
    }
}
