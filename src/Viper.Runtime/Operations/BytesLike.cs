using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;

namespace Viper.Runtime.Operations;

/// <summary>What bytes and bytearray share: reading either as bytes, and the checks on the ints stored into them.</summary>
public static class BytesLike
{
    public static bool Is(Value value) => value.Ref is PyBytes or PyByteArray;

    public static bool TryGet(Value value, out ReadOnlySpan<byte> bytes)
    {
        switch (value.Ref)
        {
            case PyBytes b:
                bytes = b.Value;
                return true;
            case PyByteArray a:
                bytes = a.Span;
                return true;
            default:
                bytes = default;
                return false;
        }
    }

    /// <summary>The bytes of a bytes-like argument, or CPython's TypeError for anything else.</summary>
    public static ReadOnlySpan<byte> Require(Value value) =>
        TryGet(value, out var bytes) ? bytes : throw PyErrors.TypeError($"a bytes-like object is required, not '{TypeNames.Of(value)}'");

    /// <summary>A result of the same kind as <paramref name="like"/>: bytearray methods return bytearrays.</summary>
    public static Value Make(Value like, byte[] data) =>
        like.Ref is PyByteArray ? Value.FromObject(new PyByteArray([.. data])) : Value.FromObject(new PyBytes(data));

    /// <summary>An int stored as one byte; <paramref name="rangeMessage"/> differs between bytes() and bytearray.</summary>
    public static byte ByteOf(Value value, string rangeMessage = "byte must be in range(0, 256)")
    {
        if (value.Ref is PyBigInt)
        {
            throw PyErrors.ValueError(rangeMessage);
        }

        var index = Builtins.ArgumentCheck.Index(value);
        return index is >= 0 and < 256 ? (byte)index : throw PyErrors.ValueError(rangeMessage);
    }

    /// <summary>The bytes of a bytes-like object, or of an iterable of ints.</summary>
    public static byte[] FromIterable(Value source, string rangeMessage = "byte must be in range(0, 256)")
    {
        if (TryGet(source, out var bytes))
        {
            return bytes.ToArray();
        }

        var iterator = Iteration.TryGetIterator(source)
            ?? throw PyErrors.TypeError($"cannot convert '{TypeNames.Of(source)}' object to bytes");
        var result = new List<byte>();
        while (iterator.TryNext(out var item))
        {
            result.Add(ByteOf(item, rangeMessage));
        }

        return [.. result];
    }
}
