using System.Numerics;
using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Builtins;

/// <summary><c>int.to_bytes</c> and <c>int.from_bytes</c>: an int as a fixed-size two's-complement or unsigned byte string.</summary>
public static partial class IntMethods
{
    private static void InstallBytes(PyType type)
    {
        BuiltinMethods.Add(type, "to_bytes", (vm, args) =>
        {
            var (length, byteorder, signed) = BytesParameters(args, "to_bytes", "length");
            var size = length.Ref is null ? 1 : ArgumentCheck.Index(length);
            if (size < 0)
            {
                throw PyErrors.ValueError("length argument must be non-negative");
            }

            Numbers.TryGetBigInteger(Numbers.Exact(args[0]), out var value);
            if (!signed && value.Sign < 0)
            {
                throw PyErrors.Overflow("can't convert negative int to unsigned");
            }

            var bytes = value.IsZero ? [] : value.ToByteArray(isUnsigned: !signed, isBigEndian: false);
            if (bytes.Length > size)
            {
                throw PyErrors.Overflow("int too big to convert");
            }

            // Sign-extend to the requested size, little-endian first, then flip for big-endian.
            var result = new byte[size];
            bytes.CopyTo(result, 0);
            result.AsSpan(bytes.Length).Fill(value.Sign < 0 ? (byte)0xFF : (byte)0);
            if (IsBigEndian(byteorder))
            {
                Array.Reverse(result);
            }

            return Value.FromObject(new PyBytes(result));
        });
        BuiltinMethods.AddClassMethod(type, "from_bytes", (vm, args) =>
        {
            var (source, byteorder, signed) = BytesParameters(args, "from_bytes", "bytes");
            if (source.Ref is null)
            {
                throw PyErrors.TypeError("from_bytes() missing required argument 'bytes' (pos 1)");
            }

            var bytes = source.Ref switch
            {
                PyBytes b => b.Value,
                PyByteArray a => [.. a.Items],
                _ => [.. Iteration.ToList(source).Select(ByteOf)],
            };
            var result = Value.FromBigInteger(new BigInteger(bytes, isUnsigned: !signed, isBigEndian: IsBigEndian(byteorder)));
            return args[0].Ref == PyType.Int ? result : vm.Call(args[0], [result]);
        });
    }

    /// <summary>The shared signature <c>(first, byteorder='big', *, signed=False)</c>; a missing first parameter is unbound.</summary>
    private static (Value First, string ByteOrder, bool Signed) BytesParameters(CallArgs args, string name, string firstName)
    {
        if (args.Count - 1 > 2)
        {
            throw PyErrors.TypeError($"{name}() takes at most 2 positional arguments ({args.Count - 1} given)");
        }

        var values = StrMethods.Parameters(args, name, firstName, "byteorder", "signed");
        var byteorder = values[1].Ref is null ? "big" : ArgumentCheck.Str(values[1], $"{name}() argument 'byteorder'").Value;
        return (values[0], byteorder, values[2].Ref is not null && Truth.IsTrue(values[2]));
    }

    private static bool IsBigEndian(string byteorder) => byteorder switch
    {
        "big" => true,
        "little" => false,
        _ => throw PyErrors.ValueError("byteorder must be either 'little' or 'big'"),
    };

    private static byte ByteOf(Value item) =>
        Numbers.TryGetBigInteger(item, out var value) && value >= 0 && value <= 255
            ? (byte)value
            : throw PyErrors.ValueError("bytes must be in range(0, 256)");
}
