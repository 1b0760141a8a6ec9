using Viper.Runtime.Errors;
using Viper.Runtime.Formatting;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Builtins;

/// <summary>format and format_map (the engine is <see cref="StrFormat"/>).</summary>
public static partial class StrMethods
{
    private static void InstallFormat(PyType type)
    {
        BuiltinMethods.Add(type, "format", (vm, args) =>
        {
            var template = Self(args, "format").Value;
            var positional = args.Positional[1..].ToArray();
            var names = args.KeywordNames;
            var keywords = args.All[args.Count..].ToArray();
            return Str(StrFormat.Format(template, positional, name =>
            {
                var index = names is null ? -1 : Array.IndexOf(names, name);
                return index >= 0 ? keywords[index] : throw PyErrors.KeyError(Value.FromString(name));
            }));
        });
        BuiltinMethods.Add(type, "format_map", (vm, args) =>
        {
            var template = Self(args, "format_map").Value;
            ExactlyOne(args, "format_map");
            var mapping = args[1];
            return Str(StrFormat.Format(template, null, name => Subscripts.GetItem(mapping, Value.FromString(name))));
        });
    }
}
