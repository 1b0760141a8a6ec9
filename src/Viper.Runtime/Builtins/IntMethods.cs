using System.Numerics;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Builtins;

/// <summary>The methods of <c>int</c> (and so of <c>bool</c>); argument 0 is the int itself.</summary>
public static partial class IntMethods
{
    public static void Install(PyType type)
    {
        InstallBytes(type);
        BuiltinMethods.Add(type, "bit_length", (vm, args) =>
        {
            var self = Self(args, "bit_length");
            ArgumentCheck.NoArguments(args, "int.bit_length");
            return Value.FromInt((long)BigInteger.Abs(self).GetBitLength());
        });
        BuiltinMethods.Add(type, "bit_count", (vm, args) =>
        {
            var self = Self(args, "bit_count");
            ArgumentCheck.NoArguments(args, "int.bit_count");
            return Value.FromBigInteger(BigInteger.PopCount(BigInteger.Abs(self)));
        });

        // Both return a plain int, even for a bool: True.conjugate() is 1.
        BuiltinMethods.Add(type, "conjugate", (vm, args) =>
        {
            var self = Self(args, "conjugate");
            ArgumentCheck.NoArguments(args, "int.conjugate");
            return Value.FromBigInteger(self);
        });
        BuiltinMethods.Add(type, "as_integer_ratio", (vm, args) =>
        {
            var self = Self(args, "as_integer_ratio");
            ArgumentCheck.NoArguments(args, "int.as_integer_ratio");
            return Value.FromObject(new PyTuple([Value.FromBigInteger(self), Value.FromInt(1)]));
        });
    }

    private static BigInteger Self(CallArgs args, string name) =>
        Numbers.TryGetBigInteger(args[0], out var value)
            ? value
            : throw BuiltinMethods.NotApplicable(PyType.Int, name, args[0]);
}
