using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Text;
using Viper.Runtime.Values;

namespace Viper.Runtime.Builtins;

/// <summary>
/// The constructors of bytes and bytearray, the methods they share (argument 0 is the receiver;
/// a bytearray's results are bytearrays), and <c>str.encode</c>.
/// </summary>
public static partial class BytesMethods
{
    private const string BytesRange = "bytes must be in range(0, 256)";

    private static readonly byte[] Whitespace = " \t\n\r\x0b\x0c"u8.ToArray();

    public static void InstallConstructors()
    {
        PyType.Bytes.Constructor = (vm, args) => Construct(args, "bytes");
        PyType.ByteArray.Constructor = (vm, args) => Construct(args, "bytearray");
    }

    /// <summary>Registers <c>str.encode</c> and the methods of bytes and bytearray with their types (see <see cref="PyType.DeferMethods"/>).</summary>
    public static void DeferInstallation()
    {
        PyType.Str.DeferMethods(InstallEncode);
        PyType.Bytes.DeferMethods(InstallSharedAndText);
        PyType.ByteArray.DeferMethods(InstallSharedAndText);
        PyType.ByteArray.DeferMethods(ByteArrayMethods.Install);
    }

    private static void InstallEncode(PyType str) =>
        BuiltinMethods.Add(str, "encode", (vm, args) =>
        {
            var (encoding, errors) = CodecArguments(args, "encode");
            return Value.FromObject(new PyBytes(Codecs.Encode((PyStr)args[0].Ref!, encoding, errors)));
        });

    private static void InstallSharedAndText(PyType type)
    {
        InstallShared(type);
        InstallText(type);
    }

    private static (string Encoding, string Errors) CodecArguments(CallArgs args, string name)
    {
        var values = StrMethods.Parameters(args, name, "encoding", "errors");
        var encoding = values[0].IsBound ? StrArgument(values[0], $"{name}() argument 'encoding'") : "utf-8";
        var errors = values[1].IsBound ? StrArgument(values[1], $"{name}() argument 'errors'") : "strict";
        return (encoding, errors);
    }

    /// <summary><c>str(source, encoding, errors)</c>.</summary>
    internal static Value DecodeToStr(Value source, Value encoding, Value errors)
    {
        if (!BytesLike.TryGet(source, out var bytes))
        {
            throw PyErrors.TypeError(source.Ref is PyStr
                ? "decoding str is not supported"
                : $"decoding to str: need a bytes-like object, {TypeNames.Of(source)} found");
        }

        var data = bytes.ToArray();
        return Value.FromString(Codecs.Decode(
            data,
            StrArgument(encoding, "str() argument 'encoding'"),
            errors.IsBound ? StrArgument(errors, "str() argument 'errors'") : "strict"));
    }

    /// <summary>A str argument, checked with argument clinic's message (which names None as "None").</summary>
    private static string StrArgument(Value value, string context) =>
        value.Ref is PyStr text ? text.Value : throw PyErrors.TypeError($"{context} must be str, not {(value.IsNone ? "None" : TypeNames.Of(value))}");

    private static Value Construct(CallArgs args, string name)
    {
        var isByteArray = name == "bytearray";
        var values = ConstructorParameters(args, name);
        var (source, encoding, errors) = (values[0], values[1], values[2]);
        byte[] data;
        if (!source.IsBound)
        {
            if (encoding.IsBound || errors.IsBound)
            {
                throw PyErrors.TypeError(encoding.IsBound ? "encoding without a string argument" : "errors without a string argument");
            }

            data = [];
        }
        else if (source.Ref is PyStr text)
        {
            if (!encoding.IsBound)
            {
                throw PyErrors.TypeError("string argument without an encoding");
            }

            data = Codecs.Encode(
                text,
                StrArgument(encoding, $"{name}() argument 'encoding'"),
                errors.IsBound ? StrArgument(errors, $"{name}() argument 'errors'") : "strict");
        }
        else if (encoding.IsBound || errors.IsBound)
        {
            throw PyErrors.TypeError(encoding.IsBound ? "encoding without a string argument" : "errors without a string argument");
        }
        else if (Numbers.TryGetIndexValue(source, out var size))
        {
            var count = Numbers.Classify(size, out _, out _, out _) == NumberKind.Big
                ? throw PyErrors.Overflow("cannot fit 'int' into an index-sized integer")
                : ArgumentCheck.Index(size);
            data = count < 0 ? throw PyErrors.ValueError("negative count")
                : count > Array.MaxLength ? throw PyErrors.New(ExceptionTypes.MemoryError, "")
                : new byte[count];
        }
        else if (!isByteArray && source.Ref is PyBytes { Type: var t } && t == PyType.Bytes)
        {
            return source;
        }
        else if (BytesLike.Is(source) || Iteration.TryGetIterator(source) is not null)
        {
            data = BytesLike.FromIterable(source, isByteArray ? "byte must be in range(0, 256)" : BytesRange);
        }
        else
        {
            throw PyErrors.TypeError($"cannot convert '{TypeNames.Of(source)}' object to {name}");
        }

        return isByteArray ? Value.FromObject(new PyByteArray([.. data])) : Value.FromObject(new PyBytes(data));
    }

    private static Value[] ConstructorParameters(CallArgs args, string name) =>
        ArgumentCheck.BindParameters(args, name, ["source", "encoding", "errors"], invalidKeywordStyle: true);

    private static ReadOnlySpan<byte> Self(CallArgs args, string name) =>
        args.Count > 0 && BytesLike.TryGet(args[0], out var bytes)
            ? bytes
            : throw PyErrors.TypeError($"descriptor '{name}' requires a 'bytes' object but received '{(args.Count > 0 ? TypeNames.Of(args[0]) : "nothing")}'");

    private static void InstallShared(PyType type)
    {
        BuiltinMethods.Add(type, "decode", (vm, args) =>
        {
            var bytes = Self(args, "decode").ToArray();
            var (encoding, errors) = CodecArguments(args, "decode");
            return Value.FromString(Codecs.Decode(bytes, encoding, errors));
        });
        BuiltinMethods.Add(type, "hex", (vm, args) => Hex(args));
        BuiltinMethods.AddClassMethod(type, "fromhex", (vm, args) =>
        {
            ArgumentCheck.Exactly(args, "fromhex", 2);
            var text = ArgumentCheck.Str(args[1], "fromhex() argument").Value;
            var data = FromHex(text);
            return ReferenceEquals(args[0].Ref, PyType.ByteArray) ? Value.FromObject(new PyByteArray([.. data])) : Value.FromObject(new PyBytes(data));
        });
        BuiltinMethods.Add(type, "join", (vm, args) =>
        {
            var separator = Self(args, "join").ToArray();
            ArgumentCheck.OneArgument(args, $"{type.Name}.join");
            if (Iteration.TryGetIterator(args[1]) is null)
            {
                throw PyErrors.TypeError("can only join an iterable");
            }

            var result = new List<byte>();
            var index = 0;
            foreach (var item in Iteration.ToList(args[1]))
            {
                if (!BytesLike.TryGet(item, out var part))
                {
                    throw PyErrors.TypeError($"sequence item {index}: expected a bytes-like object, {TypeNames.Of(item)} found");
                }

                if (index++ > 0)
                {
                    result.AddRange(separator);
                }

                result.AddRange(part);
            }

            return BytesLike.Make(args[0], [.. result]);
        });
        BuiltinMethods.Add(type, "split", (vm, args) => Split(args));
        BuiltinMethods.Add(type, "strip", (vm, args) => Strip(args, "strip", left: true, right: true));
        BuiltinMethods.Add(type, "lstrip", (vm, args) => Strip(args, "lstrip", left: true, right: false));
        BuiltinMethods.Add(type, "rstrip", (vm, args) => Strip(args, "rstrip", left: false, right: true));
        BuiltinMethods.Add(type, "startswith", (vm, args) => Affix(args, "startswith", atStart: true));
        BuiltinMethods.Add(type, "endswith", (vm, args) => Affix(args, "endswith", atStart: false));
        BuiltinMethods.Add(type, "find", (vm, args) => Value.FromInt(Find(args, "find", fromRight: false)));
        BuiltinMethods.Add(type, "rfind", (vm, args) => Value.FromInt(Find(args, "rfind", fromRight: true)));
        BuiltinMethods.Add(type, "index", (vm, args) => Value.FromInt(Found(Find(args, "index", fromRight: false))));
        BuiltinMethods.Add(type, "rindex", (vm, args) => Value.FromInt(Found(Find(args, "rindex", fromRight: true))));
        BuiltinMethods.Add(type, "count", (vm, args) => Value.FromInt(Count(args)));
        BuiltinMethods.Add(type, "replace", (vm, args) => Replace(args));
        BuiltinMethods.Add(type, "upper", (vm, args) => MapAscii(args, "upper", b => b is >= (byte)'a' and <= (byte)'z' ? (byte)(b - 32) : b));
        BuiltinMethods.Add(type, "lower", (vm, args) => MapAscii(args, "lower", b => b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b + 32) : b));
    }

    private static Value MapAscii(CallArgs args, string name, Func<byte, byte> map)
    {
        var bytes = Self(args, name).ToArray();
        ArgumentCheck.NoArguments(args, $"{(args[0].Ref is PyByteArray ? "bytearray" : "bytes")}.{name}");
        return BytesLike.Make(args[0], [.. bytes.Select(map)]);
    }

    /// <summary>
    /// <c>split</c>'s and <c>rsplit</c>'s arguments: the bytes, the separator (null to split on
    /// whitespace; a ValueError when empty) and the most splits to make (no limit when negative).
    /// </summary>
    private static (byte[] Bytes, byte[]? Separator, long Limit) SplitArguments(CallArgs args, string name)
    {
        var bytes = Self(args, name).ToArray();
        var values = StrMethods.Parameters(args, name, "sep", "maxsplit");
        var limit = values[1].IsBound ? ArgumentCheck.Index(values[1]) : -1;
        if (values[0].IsBound && !values[0].IsNone)
        {
            var separator = BytesLike.Require(values[0]).ToArray();
            return separator.Length == 0
                ? throw PyErrors.ValueError("empty separator")
                : (bytes, separator, limit < 0 ? long.MaxValue : limit);
        }

        return (bytes, null, limit < 0 ? long.MaxValue : limit);
    }

    private static Value Split(CallArgs args)
    {
        var (bytes, separator, limit) = SplitArguments(args, "split");

        var parts = new List<byte[]>();
        if (separator is null)
        {
            var i = 0;
            while (true)
            {
                while (i < bytes.Length && Array.IndexOf(Whitespace, bytes[i]) >= 0)
                {
                    i++;
                }

                if (i == bytes.Length)
                {
                    break;
                }

                if (parts.Count == limit)
                {
                    parts.Add(bytes[i..]);
                    break;
                }

                var start = i;
                while (i < bytes.Length && Array.IndexOf(Whitespace, bytes[i]) < 0)
                {
                    i++;
                }

                parts.Add(bytes[start..i]);
            }
        }
        else
        {
            var start = 0;
            while (parts.Count < limit)
            {
                var found = bytes.AsSpan(start).IndexOf(separator);
                if (found < 0)
                {
                    break;
                }

                parts.Add(bytes[start..(start + found)]);
                start += found + separator.Length;
            }

            parts.Add(bytes[start..]);
        }

        var self = args[0];
        return Value.FromObject(new PyList([.. parts.Select(part => BytesLike.Make(self, part))]));
    }

    private static Value Strip(CallArgs args, string name, bool left, bool right)
    {
        var bytes = Self(args, name).ToArray();
        ArgumentCheck.MethodRange(args, name, 0, 1);
        var chars = args.Count > 1 && !args[1].IsNone ? BytesLike.Require(args[1]).ToArray() : Whitespace;
        var start = 0;
        var end = bytes.Length;
        while (left && start < end && Array.IndexOf(chars, bytes[start]) >= 0)
        {
            start++;
        }

        while (right && end > start && Array.IndexOf(chars, bytes[end - 1]) >= 0)
        {
            end--;
        }

        return BytesLike.Make(args[0], bytes[start..end]);
    }

    private static Value Affix(CallArgs args, string name, bool atStart)
    {
        var bytes = Self(args, name).ToArray();
        if (args.Count is < 2 or > 4)
        {
            throw PyErrors.TypeError(args.Count < 2
                ? $"{name}() takes at least 1 argument (0 given)"
                : $"{name}() takes at most 3 arguments ({args.Count - 1} given)");
        }

        var (start, end) = StrMethods.AdjustIndices(args, 2, bytes.Length);
        var candidates = args[1].Ref is PyTuple tuple ? tuple.Items : [args[1]];
        foreach (var candidate in candidates)
        {
            if (!BytesLike.TryGet(candidate, out var affix))
            {
                throw PyErrors.TypeError(args[1].Ref is PyTuple
                    ? $"a bytes-like object is required, not '{TypeNames.Of(candidate)}'"
                    : $"{name} first arg must be bytes or a tuple of bytes, not {TypeNames.Of(candidate)}");
            }

            if (start > bytes.Length || end - start < affix.Length)
            {
                continue;
            }

            var window = bytes.AsSpan(start, end - start);
            if (atStart ? window.StartsWith(affix) : window.EndsWith(affix))
            {
                return Value.True;
            }
        }

        return Value.False;
    }

    /// <summary>The needle of find, index and count: a bytes-like object or an int that is one byte.</summary>
    private static byte[] Needle(Value value)
    {
        if (BytesLike.TryGet(value, out var bytes))
        {
            return bytes.ToArray();
        }

        if (!Numbers.IsInteger(value))
        {
            throw PyErrors.TypeError($"argument should be integer or bytes-like object, not '{TypeNames.Of(value)}'");
        }

        return [BytesLike.ByteOf(value)];
    }

    private static int Find(CallArgs args, string name, bool fromRight)
    {
        var bytes = Self(args, name).ToArray();
        ArgumentCheck.ParsedRange(args, name, 1, 3);
        // CPython reads the slice's bounds before it looks at what to find.
        var (start, end) = StrMethods.AdjustIndices(args, 2, bytes.Length);
        var needle = Needle(args[1]);
        if (start > bytes.Length || end - start < needle.Length)
        {
            return -1;
        }

        var window = bytes.AsSpan(start, end - start);
        var found = fromRight ? window.LastIndexOf(needle) : window.IndexOf(needle);
        return found < 0 ? -1 : found + start;
    }

    private static int Found(int index) => index >= 0 ? index : throw PyErrors.ValueError("subsection not found");

    private static int Count(CallArgs args)
    {
        var bytes = Self(args, "count").ToArray();
        ArgumentCheck.ParsedRange(args, "count", 1, 3);
        var (start, end) = StrMethods.AdjustIndices(args, 2, bytes.Length);
        var needle = Needle(args[1]);
        if (start > bytes.Length || end - start < needle.Length)
        {
            return 0;
        }

        if (needle.Length == 0)
        {
            return end - start + 1;
        }

        var window = bytes.AsSpan(start, end - start);
        var count = 0;
        for (var found = window.IndexOf(needle); found >= 0; found = window.IndexOf(needle))
        {
            count++;
            window = window[(found + needle.Length)..];
        }

        return count;
    }

    private static Value Replace(CallArgs args)
    {
        var bytes = Self(args, "replace").ToArray();
        ArgumentCheck.MethodRange(args, "replace", 2, 3);
        var old = BytesLike.Require(args[1]).ToArray();
        var replacement = BytesLike.Require(args[2]).ToArray();
        var limit = args.Count > 3 ? ArgumentCheck.Index(args[3]) : -1;
        if (limit < 0)
        {
            limit = long.MaxValue;
        }

        var result = new List<byte>(bytes.Length);
        var i = 0;
        var replaced = 0L;
        if (old.Length == 0)
        {
            // An empty pattern matches before every byte and at the end.
            while (replaced < limit && i <= bytes.Length)
            {
                result.AddRange(replacement);
                replaced++;
                if (i < bytes.Length)
                {
                    result.Add(bytes[i]);
                }

                i++;
            }

            if (i <= bytes.Length)
            {
                result.AddRange(bytes[i..]);
            }

            return BytesLike.Make(args[0], [.. result]);
        }

        while (replaced < limit)
        {
            var found = bytes.AsSpan(i).IndexOf(old);
            if (found < 0)
            {
                break;
            }

            result.AddRange(bytes.AsSpan(i, found));
            result.AddRange(replacement);
            i += found + old.Length;
            replaced++;
        }

        result.AddRange(bytes.AsSpan(i));
        return BytesLike.Make(args[0], [.. result]);
    }
}
