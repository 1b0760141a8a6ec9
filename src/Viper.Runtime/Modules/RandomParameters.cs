using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;

namespace Viper.Runtime.Modules;

/// <summary>
/// Binds the arguments of a <c>random.Random</c> method as a function written in Python binds them (the
/// methods are Python in CPython's <c>random.py</c>), with its messages for missing, extra and unknown arguments.
/// </summary>
internal static class RandomParameters
{
    /// <summary>Argument 0 is the receiver; the first <paramref name="required"/> names must be given, the rest stay unbound when not.</summary>
    public static Value[] Bind(CallArgs args, string method, int required, params string[] names)
    {
        var qualified = $"Random.{method}()";
        var positional = args.Count - 1;
        if (positional > names.Length)
        {
            var range = required == names.Length ? $"{required + 1}" : $"from {required + 1} to {names.Length + 1}";
            throw PyErrors.TypeError($"{qualified} takes {range} positional arguments but {positional + 1} were given");
        }

        var values = new Value[names.Length];
        for (var i = 0; i < positional; i++)
        {
            values[i] = args[i + 1];
        }

        foreach (var keyword in args.KeywordNames ?? [])
        {
            var index = Array.IndexOf(names, keyword);
            if (index < 0)
            {
                throw PyErrors.TypeError($"{qualified} got an unexpected keyword argument '{keyword}'");
            }

            if (index < positional)
            {
                throw PyErrors.TypeError($"{qualified} got multiple values for argument '{keyword}'");
            }

            args.TryGetKeyword(keyword, out values[index]);
        }

        var missing = names.Take(required).Where((name, i) => !values[i].IsBound).ToList();
        if (missing.Count > 0)
        {
            var quoted = missing.Select(name => $"'{name}'").ToList();
            var list = quoted.Count == 1 ? quoted[0] : $"{string.Join(", ", quoted[..^1])} and {quoted[^1]}";
            throw PyErrors.TypeError(
                $"{qualified} missing {missing.Count} required positional argument{(missing.Count == 1 ? "" : "s")}: {list}");
        }

        return values;
    }
}
