using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;
using Viper.Runtime.Vm;

namespace Viper.Runtime.Builtins;

/// <summary>
/// The bytes and bytearray methods that mirror str's: predicates and case mapping on ASCII letters only,
/// padding, partition, rsplit, splitlines, prefixes, translate and expandtabs.
/// </summary>
public static partial class BytesMethods
{
    private static void InstallText(PyType type)
    {
        AddPredicate(type, "isalnum", b => IsAsciiLetter(b) || IsAsciiDigit(b));
        AddPredicate(type, "isalpha", IsAsciiLetter);
        AddPredicate(type, "isdigit", IsAsciiDigit);
        AddPredicate(type, "isspace", b => Array.IndexOf(Whitespace, b) >= 0);
        BuiltinMethods.Add(type, "isascii", (vm, args) => Value.FromBool(NoArguments(args, type, "isascii").IndexOfAnyInRange((byte)0x80, (byte)0xFF) < 0));
        BuiltinMethods.Add(type, "islower", (vm, args) => Value.FromBool(HasCaseOnly(NoArguments(args, type, "islower"), lower: true)));
        BuiltinMethods.Add(type, "isupper", (vm, args) => Value.FromBool(HasCaseOnly(NoArguments(args, type, "isupper"), lower: false)));
        BuiltinMethods.Add(type, "istitle", (vm, args) => Value.FromBool(IsTitle(NoArguments(args, type, "istitle"))));
        BuiltinMethods.Add(type, "capitalize", (vm, args) => BytesLike.Make(args[0], Capitalize(NoArguments(args, type, "capitalize"))));
        BuiltinMethods.Add(type, "swapcase", (vm, args) => BytesLike.Make(args[0], Swapcase(NoArguments(args, type, "swapcase"))));
        BuiltinMethods.Add(type, "title", (vm, args) => BytesLike.Make(args[0], Title(NoArguments(args, type, "title"))));
        BuiltinMethods.Add(type, "center", (vm, args) => Pad(args, "center"));
        BuiltinMethods.Add(type, "ljust", (vm, args) => Pad(args, "ljust"));
        BuiltinMethods.Add(type, "rjust", (vm, args) => Pad(args, "rjust"));
        BuiltinMethods.Add(type, "zfill", (vm, args) =>
        {
            ArgumentCheck.OneArgument(args, $"{type.Name}.zfill");
            return BytesLike.Make(args[0], ZeroFill(Self(args, "zfill"), ArgumentCheck.Index(args[1])));
        });
        BuiltinMethods.Add(type, "partition", (vm, args) => Partition(args, type, fromRight: false));
        BuiltinMethods.Add(type, "rpartition", (vm, args) => Partition(args, type, fromRight: true));
        BuiltinMethods.Add(type, "rsplit", (vm, args) => RightSplit(args));
        BuiltinMethods.Add(type, "splitlines", (vm, args) => SplitLines(args));
        BuiltinMethods.Add(type, "removeprefix", (vm, args) => RemoveAffix(args, type, "removeprefix", prefix: true));
        BuiltinMethods.Add(type, "removesuffix", (vm, args) => RemoveAffix(args, type, "removesuffix", prefix: false));
        BuiltinMethods.Add(type, "expandtabs", (vm, args) => ExpandTabs(args));
        BuiltinMethods.Add(type, "translate", (vm, args) => Translate(args));
        type.SetAttribute("maketrans", Value.FromObject(new PyStaticMethod(Value.FromObject(new PyBuiltinFunction("maketrans", MakeTranslation)))));
    }

    /// <summary>A predicate true when the bytes are not empty and every one passes <paramref name="test"/>.</summary>
    private static void AddPredicate(PyType type, string name, Func<byte, bool> test) =>
        BuiltinMethods.Add(type, name, (vm, args) =>
        {
            var bytes = NoArguments(args, type, name);
            foreach (var b in bytes)
            {
                if (!test(b))
                {
                    return Value.False;
                }
            }

            return Value.FromBool(bytes.Length > 0);
        });

    private static ReadOnlySpan<byte> NoArguments(CallArgs args, PyType type, string name)
    {
        var bytes = Self(args, name);
        ArgumentCheck.NoArguments(args, $"{type.Name}.{name}");
        return bytes;
    }

    private static bool IsAsciiLetter(byte b) => IsLower(b) || IsUpper(b);

    private static bool IsAsciiDigit(byte b) => b is >= (byte)'0' and <= (byte)'9';

    private static bool IsLower(byte b) => b is >= (byte)'a' and <= (byte)'z';

    private static bool IsUpper(byte b) => b is >= (byte)'A' and <= (byte)'Z';

    private static byte ToUpper(byte b) => IsLower(b) ? (byte)(b - 32) : b;

    private static byte ToLower(byte b) => IsUpper(b) ? (byte)(b + 32) : b;

    /// <summary><c>islower</c>/<c>isupper</c>: at least one cased byte, and none of the other case.</summary>
    private static bool HasCaseOnly(ReadOnlySpan<byte> bytes, bool lower)
    {
        var cased = false;
        foreach (var b in bytes)
        {
            if (lower ? IsUpper(b) : IsLower(b))
            {
                return false;
            }

            cased |= lower ? IsLower(b) : IsUpper(b);
        }

        return cased;
    }

    private static bool IsTitle(ReadOnlySpan<byte> bytes)
    {
        var cased = false;
        var previousCased = false;
        foreach (var b in bytes)
        {
            if (IsUpper(b))
            {
                if (previousCased)
                {
                    return false;
                }

                previousCased = cased = true;
            }
            else if (IsLower(b))
            {
                if (!previousCased)
                {
                    return false;
                }

                previousCased = cased = true;
            }
            else
            {
                previousCased = false;
            }
        }

        return cased;
    }

    private static byte[] Capitalize(ReadOnlySpan<byte> bytes)
    {
        var result = new byte[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            result[i] = i == 0 ? ToUpper(bytes[i]) : ToLower(bytes[i]);
        }

        return result;
    }

    private static byte[] Swapcase(ReadOnlySpan<byte> bytes)
    {
        var result = new byte[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            result[i] = IsUpper(bytes[i]) ? ToLower(bytes[i]) : ToUpper(bytes[i]);
        }

        return result;
    }

    /// <summary>Each run of letters starts upper case and continues lower case.</summary>
    private static byte[] Title(ReadOnlySpan<byte> bytes)
    {
        var result = new byte[bytes.Length];
        var previousCased = false;
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            result[i] = previousCased ? ToLower(b) : ToUpper(b);
            previousCased = IsAsciiLetter(b);
        }

        return result;
    }

    private static Value Pad(CallArgs args, string name)
    {
        var bytes = Self(args, name);
        ArgumentCheck.MethodRange(args, name, 1, 2);
        var width = ArgumentCheck.Index(args[1]);
        var fill = (byte)' ';
        if (args.Count == 3)
        {
            fill = BytesLike.TryGet(args[2], out var fillBytes) && fillBytes.Length == 1
                ? fillBytes[0]
                : throw PyErrors.TypeError($"{name}() argument 2 must be a byte string of length 1, not {TypeNames.Of(args[2])}");
        }

        var padding = (int)Math.Max(0, width - bytes.Length);
        var left = name switch
        {
            "ljust" => 0,
            "rjust" => padding,
            _ => (padding / 2) + (padding & (int)width & 1),
        };
        var result = new byte[bytes.Length + padding];
        result.AsSpan().Fill(fill);
        bytes.CopyTo(result.AsSpan(left));
        return BytesLike.Make(args[0], result);
    }

    private static byte[] ZeroFill(ReadOnlySpan<byte> bytes, long width)
    {
        if (width <= bytes.Length)
        {
            return bytes.ToArray();
        }

        var result = new byte[width];
        var padding = (int)width - bytes.Length;
        result.AsSpan(0, padding).Fill((byte)'0');
        bytes.CopyTo(result.AsSpan(padding));
        if (bytes.Length > 0 && bytes[0] is (byte)'+' or (byte)'-')
        {
            result[0] = bytes[0];
            result[padding] = (byte)'0';
        }

        return result;
    }

    /// <summary>The separator found is returned as the object passed for a bytes receiver, as a copy of the receiver's kind otherwise.</summary>
    private static Value Partition(CallArgs args, PyType type, bool fromRight)
    {
        var name = fromRight ? "rpartition" : "partition";
        var bytes = Self(args, name).ToArray();
        ArgumentCheck.OneArgument(args, $"{type.Name}.{name}");
        var separator = BytesLike.Require(args[1]).ToArray();
        if (separator.Length == 0)
        {
            throw PyErrors.ValueError("empty separator");
        }

        var self = args[0];
        var index = fromRight ? bytes.AsSpan().LastIndexOf(separator) : bytes.AsSpan().IndexOf(separator);
        if (index < 0)
        {
            var whole = BytesLike.Make(self, bytes);
            var empty = BytesLike.Make(self, []);
            return Value.FromObject(fromRight ? PyTuple.Of(empty, BytesLike.Make(self, []), whole) : PyTuple.Of(whole, empty, BytesLike.Make(self, [])));
        }

        var middle = self.Ref is PyByteArray ? BytesLike.Make(self, separator) : args[1];
        return Value.FromObject(PyTuple.Of(
            BytesLike.Make(self, bytes[..index]), middle, BytesLike.Make(self, bytes[(index + separator.Length)..])));
    }

    private static Value RightSplit(CallArgs args)
    {
        var (bytes, separator, limit) = SplitArguments(args, "rsplit");

        var parts = new List<byte[]>();
        var end = bytes.Length;
        if (separator is null)
        {
            while (true)
            {
                while (end > 0 && Array.IndexOf(Whitespace, bytes[end - 1]) >= 0)
                {
                    end--;
                }

                if (end == 0)
                {
                    break;
                }

                if (parts.Count == limit)
                {
                    parts.Add(bytes[..end]);
                    break;
                }

                var start = end;
                while (start > 0 && Array.IndexOf(Whitespace, bytes[start - 1]) < 0)
                {
                    start--;
                }

                parts.Add(bytes[start..end]);
                end = start;
            }
        }
        else
        {
            while (parts.Count < limit)
            {
                var found = bytes.AsSpan(0, end).LastIndexOf(separator);
                if (found < 0)
                {
                    break;
                }

                parts.Add(bytes[(found + separator.Length)..end]);
                end = found;
            }

            parts.Add(bytes[..end]);
        }

        parts.Reverse();
        var self = args[0];
        return Value.FromObject(new PyList([.. parts.Select(part => BytesLike.Make(self, part))]));
    }

    /// <summary>Lines end at <c>\n</c>, <c>\r</c> or <c>\r\n</c> only: the other boundaries of str.splitlines are not ASCII line ends.</summary>
    private static Value SplitLines(CallArgs args)
    {
        var bytes = Self(args, "splitlines").ToArray();
        var values = StrMethods.Parameters(args, "splitlines", "keepends");
        var keepEnds = values[0].IsBound && Truth.IsTrue(values[0]);
        var lines = new List<Value>();
        var start = 0;
        while (start < bytes.Length)
        {
            var end = start;
            while (end < bytes.Length && bytes[end] is not ((byte)'\n' or (byte)'\r'))
            {
                end++;
            }

            var next = end;
            if (next < bytes.Length)
            {
                next += bytes[next] == '\r' && next + 1 < bytes.Length && bytes[next + 1] == '\n' ? 2 : 1;
            }

            lines.Add(BytesLike.Make(args[0], bytes[start..(keepEnds ? next : end)]));
            start = next;
        }

        return Value.FromObject(new PyList([.. lines]));
    }

    private static Value RemoveAffix(CallArgs args, PyType type, string name, bool prefix)
    {
        var bytes = Self(args, name).ToArray();
        ArgumentCheck.OneArgument(args, $"{type.Name}.{name}");
        var affix = BytesLike.Require(args[1]);
        if (prefix && bytes.AsSpan().StartsWith(affix))
        {
            return BytesLike.Make(args[0], bytes[affix.Length..]);
        }

        if (!prefix && affix.Length > 0 && bytes.AsSpan().EndsWith(affix))
        {
            return BytesLike.Make(args[0], bytes[..^affix.Length]);
        }

        return BytesLike.Make(args[0], bytes);
    }

    private static Value ExpandTabs(CallArgs args)
    {
        var bytes = Self(args, "expandtabs");
        var values = StrMethods.Parameters(args, "expandtabs", "tabsize");
        var tabSize = values[0].IsBound ? ArgumentCheck.Index(values[0]) : 8;
        var result = new List<byte>(bytes.Length);
        var column = 0L;
        foreach (var b in bytes)
        {
            if (b == '\t')
            {
                if (tabSize > 0)
                {
                    var spaces = tabSize - (column % tabSize);
                    result.AddRange(Enumerable.Repeat((byte)' ', (int)spaces));
                    column += spaces;
                }

                continue;
            }

            result.Add(b);
            column = b is (byte)'\n' or (byte)'\r' ? 0 : column + 1;
        }

        return BytesLike.Make(args[0], [.. result]);
    }

    private static Value Translate(CallArgs args)
    {
        var bytes = Self(args, "translate");
        var values = StrMethods.Parameters(args, "translate", "table", "delete");
        if (!values[0].IsBound)
        {
            throw PyErrors.TypeError("translate() missing required argument 'table' (pos 1)");
        }

        byte[]? table = null;
        if (!values[0].IsNone)
        {
            table = BytesLike.Require(values[0]).ToArray();
            if (table.Length != 256)
            {
                throw PyErrors.ValueError("translation table must be 256 characters long");
            }
        }

        var delete = values[1].IsBound ? BytesLike.Require(values[1]).ToArray() : [];
        var result = new List<byte>(bytes.Length);
        foreach (var b in bytes)
        {
            if (Array.IndexOf(delete, b) < 0)
            {
                result.Add(table is null ? b : table[b]);
            }
        }

        return BytesLike.Make(args[0], [.. result]);
    }

    private static Value MakeTranslation(Interpreter vm, CallArgs args)
    {
        ArgumentCheck.Exactly(args, "maketrans", 2);
        var from = BytesLike.Require(args[0]);
        var to = BytesLike.Require(args[1]);
        if (from.Length != to.Length)
        {
            throw PyErrors.ValueError("maketrans arguments must have same length");
        }

        var table = new byte[256];
        for (var i = 0; i < 256; i++)
        {
            table[i] = (byte)i;
        }

        for (var i = 0; i < from.Length; i++)
        {
            table[from[i]] = to[i];
        }

        return Value.FromObject(new PyBytes(table));
    }
}
