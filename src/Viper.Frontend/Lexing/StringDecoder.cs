using System.Text;

namespace Viper.Frontend.Lexing;

/// <summary>
/// Escape processing for string and bytes literals (Python reference §2.4.1.1). Unrecognised
/// escapes such as <c>\q</c> keep their backslash, as CPython does (with only a warning).
/// </summary>
public static class StringDecoder
{
    private static readonly string UnicodeError = "(unicode error) 'unicodeescape' codec can't decode bytes in position";

    public static string DecodeString(ReadOnlySpan<char> body)
    {
        var backslash = body.IndexOf('\\');
        if (backslash < 0)
        {
            return body.ToString();
        }

        var result = new StringBuilder(body.Length);
        result.Append(body[..backslash]);
        var i = backslash;
        while (i < body.Length)
        {
            var c = body[i];
            if (c != '\\' || i + 1 >= body.Length)
            {
                result.Append(c);
                i++;
                continue;
            }

            var start = i;
            var escape = body[i + 1];
            i += 2;
            switch (escape)
            {
                case '\n':
                    break;
                case 'x':
                    AppendCodePoint(result, ReadHex(body, ref i, 2, start, "truncated \\xXX escape"), start, i);
                    break;
                case 'u':
                    AppendCodePoint(result, ReadHex(body, ref i, 4, start, "truncated \\uXXXX escape"), start, i);
                    break;
                case 'U':
                    AppendCodePoint(result, ReadHex(body, ref i, 8, start, "truncated \\UXXXXXXXX escape"), start, i);
                    break;
                case 'N':
                    throw new StringDecodingException($"{UnicodeError} {start}-{body.Length - 1}: unknown Unicode character name");
                case >= '0' and <= '7':
                    AppendCodePoint(result, ReadOctal(body, ref i), start, i);
                    break;
                default:
                    if (SimpleEscape(escape) is { } simple)
                    {
                        result.Append(simple);
                    }
                    else
                    {
                        result.Append('\\').Append(escape);
                    }

                    break;
            }
        }

        return result.ToString();
    }

    public static byte[] DecodeBytes(ReadOnlySpan<char> body, bool raw)
    {
        var result = new List<byte>(body.Length);
        var i = 0;
        while (i < body.Length)
        {
            var c = body[i];
            if (raw || c != '\\' || i + 1 >= body.Length)
            {
                result.Add((byte)c);
                i++;
                continue;
            }

            var start = i;
            var escape = body[i + 1];
            i += 2;
            if (escape == '\n')
            {
                continue;
            }

            if (escape == 'x')
            {
                if (i + 2 > body.Length || !char.IsAsciiHexDigit(body[i]) || !char.IsAsciiHexDigit(body[i + 1]))
                {
                    throw new StringDecodingException($"(value error) invalid \\x escape at position {start}");
                }

                result.Add((byte)((HexDigitValue(body[i]) * 16) + HexDigitValue(body[i + 1])));
                i += 2;
            }
            else if (escape is >= '0' and <= '7')
            {
                // Values above 0o377 wrap to a byte, as CPython 3.11 does (with a deprecation warning).
                result.Add(unchecked((byte)ReadOctal(body, ref i)));
            }
            else if (SimpleEscape(escape) is { } simple)
            {
                result.Add((byte)simple);
            }
            else
            {
                result.Add((byte)'\\');
                result.Add((byte)escape);
            }
        }

        return [.. result];
    }

    private static char? SimpleEscape(char escape) => escape switch
    {
        '\\' => '\\',
        '\'' => '\'',
        '"' => '"',
        'a' => '\a',
        'b' => '\b',
        'f' => '\f',
        'n' => '\n',
        'r' => '\r',
        't' => '\t',
        'v' => '\v',
        _ => null,
    };

    /// <summary>Up to three octal digits; the first has already been consumed as the escape letter.</summary>
    private static int ReadOctal(ReadOnlySpan<char> body, ref int i)
    {
        var value = body[i - 1] - '0';
        for (var digits = 1; digits < 3 && i < body.Length && body[i] is >= '0' and <= '7'; digits++)
        {
            value = (value * 8) + (body[i] - '0');
            i++;
        }

        return value;
    }

    private static int ReadHex(ReadOnlySpan<char> body, ref int i, int count, int escapeStart, string truncatedMessage)
    {
        var value = 0;
        for (var n = 0; n < count; n++)
        {
            if (i >= body.Length || !char.IsAsciiHexDigit(body[i]))
            {
                throw new StringDecodingException($"{UnicodeError} {escapeStart}-{i - 1}: {truncatedMessage}");
            }

            value = (value * 16) + HexDigitValue(body[i]);
            i++;
        }

        return value;
    }

    private static int HexDigitValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    private static void AppendCodePoint(StringBuilder result, int codePoint, int escapeStart, int escapeEnd)
    {
        if (codePoint > 0x10FFFF)
        {
            throw new StringDecodingException($"{UnicodeError} {escapeStart}-{escapeEnd - 1}: illegal Unicode character");
        }

        if (codePoint is >= 0xD800 and <= 0xDFFF)
        {
            // A lone surrogate is a valid Python str element; .NET strings can hold it as one char.
            result.Append((char)codePoint);
        }
        else
        {
            result.Append(char.ConvertFromUtf32(codePoint));
        }
    }
}
