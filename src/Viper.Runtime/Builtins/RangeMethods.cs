using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Builtins;

/// <summary>
/// <c>range.count</c> and <c>range.index</c>: an int is found arithmetically; any other value is compared
/// with each item, as CPython's generic sequence search does.
/// </summary>
internal static class RangeMethods
{
    public static void Install(PyType type)
    {
        BuiltinMethods.Add(type, "count", (vm, args) =>
        {
            ArgumentCheck.OneArgument(args, "range.count");
            var range = (PyRange)args[0].Ref!;
            if (Numbers.IsInteger(args[1]))
            {
                return Value.FromInt(Comparison.BuiltinContains(args[0], args[1]) ? 1 : 0);
            }

            var count = 0L;
            for (var index = System.Numerics.BigInteger.Zero; index < range.Length; index++)
            {
                if (Comparison.Equal(Value.FromBigInteger(range.ItemAt(index)), args[1]))
                {
                    count++;
                }
            }

            return Value.FromInt(count);
        });
        BuiltinMethods.Add(type, "index", (vm, args) =>
        {
            ArgumentCheck.OneArgument(args, "range.index");
            var range = (PyRange)args[0].Ref!;
            if (Numbers.IsInteger(args[1]))
            {
                if (!Comparison.BuiltinContains(args[0], args[1]))
                {
                    throw PyErrors.ValueError($"{Repr.Of(args[1])} is not in range");
                }

                Numbers.TryGetBigInteger(args[1], out var item);
                return Value.FromBigInteger((item - range.Start) / range.Step);
            }

            for (var index = System.Numerics.BigInteger.Zero; index < range.Length; index++)
            {
                if (Comparison.Equal(Value.FromBigInteger(range.ItemAt(index)), args[1]))
                {
                    return Value.FromBigInteger(index);
                }
            }

            throw PyErrors.ValueError("sequence.index(x): x not in sequence");
        });
    }
}
