using System.Text;
using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Builtins;

/// <summary>The methods of <c>str</c>; argument 0 is the string itself.</summary>
public static class StrMethods
{
    public static void Install(PyType type)
    {
        BuiltinMethods.Add(type, "join", (vm, args) =>
        {
            ArgumentCheck.Exactly(args, "str.join", 2);
            var separator = Self(args).Value;
            var text = new StringBuilder();
            var index = 0;
            foreach (var item in Iteration.ToList(args[1]))
            {
                if (item.Ref is not PyStr s)
                {
                    throw PyErrors.TypeError($"sequence item {index}: expected str instance, {TypeNames.Of(item)} found");
                }

                if (index++ > 0)
                {
                    text.Append(separator);
                }

                text.Append(s.Value);
            }

            return Value.FromString(text.ToString());
        });
        BuiltinMethods.Add(type, "upper", (vm, args) => Value.FromString(Self(args).Value.ToUpperInvariant()));
        BuiltinMethods.Add(type, "lower", (vm, args) => Value.FromString(Self(args).Value.ToLowerInvariant()));
    }

    private static PyStr Self(CallArgs args) => (PyStr)args[0].Ref!;
}
