using System.Runtime.InteropServices;
using System.Text;
using Viper.Runtime.Builtins.Consumers;
using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Builtins;

/// <summary>
/// The methods of <c>str</c>; argument 0 is the string itself. The families live in the partial
/// files StrMethods.*.cs; this file holds the argument parsing they share, which reproduces the
/// several message styles CPython's str methods use (argument clinic, METH_O, METH_VARARGS).
/// </summary>
public static partial class StrMethods
{
    public static void Install(PyType type)
    {
        BuiltinMethods.Add(type, "join", (vm, args) =>
        {
            var separator = JoinSeparator(args);
            if (Iteration.TryGetIterator(args[1]) is null)
            {
                throw PyErrors.TypeError("can only join an iterable");
            }

            return Value.FromString(Join(separator, CollectionsMarshal.AsSpan(Iteration.ToList(args[1]))));
        }, CollectingConsumer.CreateJoin);
        InstallSplit(type);
        InstallSearch(type);
        InstallCase(type);
        InstallPredicates(type);
        InstallLayout(type);
        InstallTranslate(type);
        InstallFormat(type);
    }

    /// <summary>The receiver of <c>str.join</c>, its one argument checked.</summary>
    internal static string JoinSeparator(CallArgs args)
    {
        var separator = Self(args, "join").Value;
        ExactlyOne(args, "join");
        return separator;
    }

    /// <summary>Joins items that must all be strs, as <c>str.join</c> does once it has taken them all.</summary>
    internal static string Join(string separator, ReadOnlySpan<Value> items)
    {
        var text = new StringBuilder();
        for (var index = 0; index < items.Length; index++)
        {
            if (items[index].Ref is not PyStr s)
            {
                throw PyErrors.TypeError($"sequence item {index}: expected str instance, {TypeNames.Of(items[index])} found");
            }

            if (index > 0)
            {
                text.Append(separator);
            }

            text.Append(s.Value);
        }

        return text.ToString();
    }

    /// <summary>The receiver, checked because <c>str.upper(1)</c> reaches the method with any argument 0.</summary>
    /// <summary>The receiver, which <see cref="BuiltinMethods.Add"/>'s check has already found to be a str.</summary>
    private static PyStr Self(CallArgs args, string name) =>
        args[0].Ref as PyStr ?? throw BuiltinMethods.NotApplicable(PyType.Str, name, args[0]);

    /// <summary>Number of arguments after the receiver.</summary>
    private static int Given(CallArgs args) => args.Count - 1;

    /// <summary>A method taking no arguments (METH_NOARGS).</summary>
    private static void NoArguments(CallArgs args, string name)
    {
        ArgumentCheck.NoKeywords(args, $"str.{name}");
        if (Given(args) != 0)
        {
            throw PyErrors.TypeError($"str.{name}() takes no arguments ({Given(args)} given)");
        }
    }

    /// <summary>A method taking exactly one positional argument (METH_O).</summary>
    private static void ExactlyOne(CallArgs args, string name)
    {
        ArgumentCheck.NoKeywords(args, $"str.{name}");
        if (Given(args) != 1)
        {
            throw PyErrors.TypeError($"str.{name}() takes exactly one argument ({Given(args)} given)");
        }
    }

    /// <summary>Positional-only parameters parsed by argument clinic.</summary>
    private static void PositionalOnly(CallArgs args, string name, int least, int most)
    {
        ArgumentCheck.NoKeywords(args, $"str.{name}");
        var given = Given(args);
        if (given < least)
        {
            throw PyErrors.TypeError($"{name} expected at least {least} argument{Plural(least)}, got {given}");
        }

        if (given > most)
        {
            throw PyErrors.TypeError($"{name} expected at most {most} argument{Plural(most)}, got {given}");
        }
    }

    /// <summary>Positional parameters parsed by PyArg_ParseTuple (find, count, startswith and kin).</summary>
    private static void VarArgs(CallArgs args, string name, int least, int most)
    {
        ArgumentCheck.NoKeywords(args, $"str.{name}");
        var given = Given(args);
        if (given < least)
        {
            throw PyErrors.TypeError($"{name}() takes at least {least} argument{Plural(least)} ({given} given)");
        }

        if (given > most)
        {
            throw PyErrors.TypeError($"{name}() takes at most {most} argument{Plural(most)} ({given} given)");
        }
    }

    /// <summary>
    /// Optional positional-or-keyword parameters parsed by argument clinic; a parameter not passed is
    /// left unbound in the result.
    /// </summary>
    internal static Value[] Parameters(CallArgs args, string name, params string[] names)
    {
        var positional = Given(args);
        var total = positional + args.KeywordCount;
        if (total > names.Length)
        {
            throw PyErrors.TypeError(
                $"{name}() takes at most {names.Length} {(positional == 0 ? "keyword " : "")}argument{Plural(names.Length)} ({total} given)");
        }

        var values = new Value[names.Length];
        for (var i = 0; i < positional; i++)
        {
            values[i] = args[i + 1];
        }

        var matched = 0;
        for (var i = positional; i < names.Length; i++)
        {
            if (args.TryGetKeyword(names[i], out var value))
            {
                values[i] = value;
                matched++;
            }
        }

        if (matched < args.KeywordCount)
        {
            for (var i = 0; i < positional; i++)
            {
                if (args.TryGetKeyword(names[i], out _))
                {
                    throw PyErrors.TypeError($"argument for {name}() given by name ('{names[i]}') and position ({i + 1})");
                }
            }

            foreach (var keyword in args.KeywordNames!)
            {
                if (Array.IndexOf(names, keyword) < 0)
                {
                    throw PyErrors.TypeError($"'{keyword}' is an invalid keyword argument for {name}()");
                }
            }
        }

        return values;
    }

    private static string Plural(int count) => count == 1 ? "" : "s";

    /// <summary>A str argument checked the pre-clinic way (<c>must be str, not NoneType</c>).</summary>
    private static PyStr StrArgument(Value value) =>
        value.Ref as PyStr ?? throw PyErrors.TypeError($"must be str, not {TypeNames.Of(value)}");

    /// <summary>A str argument checked by argument clinic, which names None as <c>None</c>.</summary>
    private static PyStr ClinicStr(Value value, string context) =>
        value.Ref as PyStr ?? throw PyErrors.TypeError($"{context} must be str, not {ClinicTypeName(value)}");

    private static string ClinicTypeName(Value value) => value.IsNone ? "None" : TypeNames.Of(value);

    /// <summary>A Py_ssize_t argument (<c>__index__</c>).</summary>
    private static long SizeArgument(Value value) => ArgumentCheck.Index(value);

    /// <summary>A C int argument, which overflows sooner than a size.</summary>
    private static int IntArgument(Value value)
    {
        var result = Numbers.Classify(value, out _, out _, out _) == NumberKind.Big ? long.MaxValue : ArgumentCheck.Index(value);
        return result is < int.MinValue or > int.MaxValue
            ? throw PyErrors.Overflow("Python int too large to convert to C int")
            : (int)result;
    }

    /// <summary>
    /// A start or end argument: None means absent, and like a slice index an int too large for a
    /// size clamps instead of raising.
    /// </summary>
    internal static long? SliceIndex(Value value)
    {
        if (!value.IsBound || value.IsNone)
        {
            return null;
        }

        switch (Numbers.Classify(value, out var small, out var big, out _))
        {
            case NumberKind.Small:
                return small;
            case NumberKind.Big:
                return big.Sign < 0 ? long.MinValue : long.MaxValue;
            default:
                throw PyErrors.TypeError("slice indices must be integers or None or have an __index__ method");
        }
    }

    /// <summary>Clamps optional start and end code-point indices into the string, as CPython's ADJUST_INDICES does.</summary>
    internal static (int Start, int End) AdjustIndices(CallArgs args, int startArgument, int length)
    {
        var start = startArgument < args.Count ? SliceIndex(args[startArgument]) ?? 0 : 0;
        var end = startArgument + 1 < args.Count ? SliceIndex(args[startArgument + 1]) ?? long.MaxValue : long.MaxValue;
        if (end > length)
        {
            end = length;
        }
        else if (end < 0)
        {
            end = Math.Max(0, end + length);
        }

        if (start < 0)
        {
            start = Math.Max(0, start + length);
        }

        return ((int)Math.Min(start, (long)length + 1), (int)end);
    }

    /// <summary>The string's code points; a lone surrogate counts as one, as in Python.</summary>
    private static int[] CodePoints(string value)
    {
        var result = new List<int>(value.Length);
        foreach (var codePoint in value.EnumerateRunesLenient())
        {
            result.Add(codePoint);
        }

        return [.. result];
    }

    private static Value ListOf(List<string> parts)
    {
        var list = new PyList(parts.Count);
        foreach (var part in parts)
        {
            list.Append(Value.FromString(part));
        }

        return Value.FromObject(list);
    }

    private static Value Str(string value) => Value.FromString(value);
}
