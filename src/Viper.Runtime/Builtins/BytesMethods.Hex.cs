using System.Globalization;
using System.Text;
using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;

namespace Viper.Runtime.Builtins;

/// <summary>bytes and bytearray to and from hexadecimal text: <c>hex()</c> with its separators, and <c>fromhex()</c>.</summary>
public static partial class BytesMethods
{
    private static byte[] FromHex(string text)
    {
        var result = new List<byte>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]) && text[i] < 128)
            {
                i++;
                continue;
            }

            var high = HexValue(text[i]);
            if (high < 0)
            {
                throw HexError(i);
            }

            var low = i + 1 < text.Length ? HexValue(text[i + 1]) : -1;
            if (low < 0)
            {
                throw HexError(i + 1);
            }

            result.Add((byte)((high << 4) | low));
            i += 2;
        }

        return [.. result];
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private static PythonException HexError(int position) =>
        PyErrors.ValueError(string.Create(CultureInfo.InvariantCulture, $"non-hexadecimal number found in fromhex() arg at position {position}"));

    /// <summary>
    /// <c>bytes.hex(sep=None, bytes_per_sep=1)</c>: a separator (one ASCII character, as str or
    /// bytes) between groups of bytes_per_sep bytes, counted from the right when it is positive and
    /// from the left when negative; bytes_per_sep is read first, as CPython's argument parsing does.
    /// </summary>
    private static Value Hex(CallArgs args)
    {
        var data = Self(args, "hex");
        var given = args.Count - 1 + args.KeywordCount;
        if (given > 2)
        {
            throw PyErrors.TypeError($"hex() takes at most 2 arguments ({given} given)");
        }

        var separator = args.Count > 1 ? args[1] : default;
        var grouping = args.Count > 2 ? args[2] : default;
        for (var k = 0; k < args.KeywordCount; k++)
        {
            var (name, value) = (args.KeywordNames![k], args.All[args.Count + k]);
            switch (name)
            {
                case "sep" when args.Count > 1:
                    throw PyErrors.TypeError("argument for hex() given by name ('sep') and position (1)");
                case "sep":
                    separator = value;
                    break;
                case "bytes_per_sep" when args.Count > 2:
                    throw PyErrors.TypeError("argument for hex() given by name ('bytes_per_sep') and position (2)");
                case "bytes_per_sep":
                    grouping = value;
                    break;
                default:
                    throw PyErrors.TypeError($"'{name}' is an invalid keyword argument for hex()");
            }
        }

        var perGroup = grouping.IsBound ? GroupSize(grouping) : 1;

        var hex = Convert.ToHexStringLower(data);
        if (!separator.IsBound)
        {
            return Value.FromString(hex);
        }

        var mark = SeparatorCharacter(separator);
        var width = Math.Abs(perGroup);
        if (width == 0 || width >= data.Length)
        {
            return Value.FromString(hex);
        }

        var text = new StringBuilder(hex.Length + (data.Length / (int)width));
        for (var i = 0; i < data.Length; i++)
        {
            if (i > 0 && (perGroup > 0 ? (data.Length - i) % width : i % width) == 0)
            {
                text.Append(mark);
            }

            text.Append(hex, i * 2, 2);
        }

        return Value.FromString(text.ToString());
    }

    /// <summary>hex()'s bytes_per_sep: an index that fits a C int.</summary>
    private static long GroupSize(Value grouping)
    {
        var size = ArgumentCheck.WholeIndex(grouping);
        return size >= int.MinValue && size <= int.MaxValue ? (long)size : throw PyErrors.Overflow("Python int too large to convert to C int");
    }

    /// <summary>hex()'s separator, checked in CPython's order: its length, its type, then that it is ASCII.</summary>
    private static char SeparatorCharacter(Value separator)
    {
        if (BuiltinFunctions.Length(separator) != 1)
        {
            throw PyErrors.ValueError("sep must be length 1.");
        }

        var mark = separator.Ref switch
        {
            PyStr text => text.Value[0],
            PyBytes bytes => (char)bytes.Value[0],
            _ => throw PyErrors.TypeError("sep must be str or bytes."),
        };
        return mark <= 127 ? mark : throw PyErrors.ValueError("sep must be ASCII.");
    }
}
