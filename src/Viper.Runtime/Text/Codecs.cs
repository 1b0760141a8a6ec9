using System.Globalization;
using System.Text;
using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Text;

/// <summary>
/// The codecs <c>str.encode</c> and <c>bytes.decode</c> know: utf-8, ascii and latin-1 under
/// CPython's aliases, with the strict, ignore and replace error handlers and CPython's
/// UnicodeEncodeError and UnicodeDecodeError (which carry encoding, object, start, end, reason).
/// </summary>
public static class Codecs
{
    private enum Codec
    {
        Utf8,
        Ascii,
        Latin1,
    }

    private static Codec Lookup(string encoding)
    {
        // CPython's normalize_encoding: case-insensitive, with '-' and ' ' the same as '_'.
        var name = encoding.ToLowerInvariant().Replace('-', '_').Replace(' ', '_');
        return name switch
        {
            "utf_8" or "utf8" or "u8" or "utf" or "cp65001" or "utf8_ucs2" or "utf8_ucs4" => Codec.Utf8,
            "ascii" or "us_ascii" or "646" or "us" or "ansi_x3.4_1968" or "ansi_x3_4_1968" or "ansi_x3.4_1986"
                or "cp367" or "csascii" or "ibm367" or "iso646_us" or "iso_646.irv_1991" or "iso_ir_6" => Codec.Ascii,
            "latin_1" or "latin1" or "latin" or "l1" or "iso8859_1" or "iso_8859_1" or "iso_8859_1_1987" or "8859"
                or "cp819" or "ibm819" or "iso_ir_100" or "csisolatin1" => Codec.Latin1,
            _ => throw PyErrors.New(ExceptionTypes.LookupError, $"unknown encoding: {encoding}"),
        };
    }

    private static string Name(Codec codec) => codec switch
    {
        Codec.Utf8 => "utf-8",
        Codec.Ascii => "ascii",
        _ => "latin-1",
    };

    private static void CheckHandler(string errors)
    {
        if (errors is not ("strict" or "ignore" or "replace"))
        {
            throw PyErrors.New(ExceptionTypes.LookupError, $"unknown error handler name '{errors}'");
        }
    }

    public static byte[] Encode(PyStr text, string encoding, string errors)
    {
        var codec = Lookup(encoding);
        var value = text.Value;
        var output = new List<byte>(value.Length);
        var codePoints = CodePoints(value);
        Span<byte> buffer = stackalloc byte[4];
        for (var i = 0; i < codePoints.Length; i++)
        {
            var c = codePoints[i];
            var limit = codec switch { Codec.Ascii => 0x80, Codec.Latin1 => 0x100, _ => 0x110000 };
            var surrogate = c is >= 0xD800 and <= 0xDFFF;
            if (c < limit && !surrogate)
            {
                if (c < 0x80 || codec == Codec.Latin1)
                {
                    output.Add((byte)c);
                }
                else
                {
                    output.AddRange(buffer[..new Rune(c).EncodeToUtf8(buffer)]);
                }

                continue;
            }

            // CPython reports a whole run of characters the codec cannot encode as one error.
            var end = i + 1;
            while (end < codePoints.Length && IsUnencodable(codePoints[end], limit))
            {
                end++;
            }

            CheckHandler(errors);
            switch (errors)
            {
                case "strict":
                    var reason = codec == Codec.Utf8 ? "surrogates not allowed" : $"ordinal not in range({limit})";
                    throw new PythonException(new PyBaseException(ExceptionTypes.UnicodeEncodeError,
                        [Value.FromString(Name(codec)), Value.FromObject(text), Value.FromInt(i), Value.FromInt(end), Value.FromString(reason)]));
                case "replace":
                    output.AddRange(Enumerable.Repeat((byte)'?', end - i));
                    break;
            }

            i = end - 1;
        }

        return [.. output];
    }

    private static bool IsUnencodable(int c, int limit) => c >= limit || c is >= 0xD800 and <= 0xDFFF;

    private static int[] CodePoints(string value)
    {
        var result = new List<int>(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                result.Add(char.ConvertToUtf32(value[i], value[i + 1]));
                i++;
            }
            else
            {
                result.Add(value[i]);
            }
        }

        return [.. result];
    }

    public static string Decode(ReadOnlySpan<byte> bytes, string encoding, string errors)
    {
        var codec = Lookup(encoding);
        var text = new StringBuilder(bytes.Length);
        var i = 0;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            if (codec == Codec.Latin1 || b < 0x80)
            {
                text.Append((char)b);
                i++;
                continue;
            }

            int end;
            string reason;
            if (codec == Codec.Ascii)
            {
                end = i + 1;
                reason = "ordinal not in range(128)";
            }
            else if (TryDecodeUtf8(bytes, i, out var codePoint, out end, out reason))
            {
                text.Append(char.ConvertFromUtf32(codePoint));
                i = end;
                continue;
            }

            CheckHandler(errors);
            switch (errors)
            {
                case "strict":
                    throw new PythonException(new PyBaseException(ExceptionTypes.UnicodeDecodeError,
                        [Value.FromString(Name(codec)), Value.FromObject(new PyBytes(bytes.ToArray())), Value.FromInt(i), Value.FromInt(end), Value.FromString(reason)]));
                case "replace":
                    text.Append('\uFFFD');
                    break;
            }

            i = end;
        }

        return text.ToString();
    }

    /// <summary>
    /// One UTF-8 sequence at <paramref name="start"/>, or the reason it is invalid and where the
    /// invalid part ends: the start byte with the valid continuation bytes after it, as CPython counts.
    /// </summary>
    private static bool TryDecodeUtf8(ReadOnlySpan<byte> bytes, int start, out int codePoint, out int end, out string reason)
    {
        var lead = bytes[start];
        codePoint = 0;
        end = start + 1;
        var (length, initial) = lead switch
        {
            >= 0xC2 and <= 0xDF => (2, lead & 0x1F),
            >= 0xE0 and <= 0xEF => (3, lead & 0x0F),
            >= 0xF0 and <= 0xF4 => (4, lead & 0x07),
            _ => (0, 0),
        };
        if (length == 0)
        {
            reason = "invalid start byte";
            return false;
        }

        codePoint = initial;
        for (var k = 1; k < length; k++)
        {
            if (start + k >= bytes.Length)
            {
                end = bytes.Length;
                reason = "unexpected end of data";
                return false;
            }

            var next = bytes[start + k];
            // The second byte's range is narrower after E0, ED, F0 and F4 (no overlongs, surrogates or > U+10FFFF).
            var (low, high) = k > 1 ? (0x80, 0xBF) : lead switch
            {
                0xE0 => (0xA0, 0xBF),
                0xED => (0x80, 0x9F),
                0xF0 => (0x90, 0xBF),
                0xF4 => (0x80, 0x8F),
                _ => (0x80, 0xBF),
            };
            if (next < low || next > high)
            {
                end = start + k;
                reason = "invalid continuation byte";
                return false;
            }

            codePoint = (codePoint << 6) | (next & 0x3F);
        }

        end = start + length;
        reason = "";
        return true;
    }

    /// <summary>str() of a UnicodeEncodeError or UnicodeDecodeError made from its five arguments.</summary>
    public static string Describe(PyBaseException error)
    {
        var args = error.Args;
        if (args[0].Ref is not PyStr encoding || !args[2].IsInt || !args[3].IsInt || args[4].Ref is not PyStr reason)
        {
            return Repr.Of(Value.FromObject(new PyTuple(args)));
        }

        var (start, end) = (args[2].AsInt, args[3].AsInt);
        if (args[1].Ref is PyStr text && start >= 0 && start < text.Length)
        {
            if (end == start + 1)
            {
                var character = text.CharAt((int)start).Value;
                var c = character.Length == 2 ? char.ConvertToUtf32(character, 0) : character[0];
                var escaped = c switch
                {
                    < 0x100 => $"\\x{c:x2}",
                    < 0x10000 => $"\\u{c:x4}",
                    _ => $"\\U{c:x8}",
                };
                return $"'{encoding.Value}' codec can't encode character '{escaped}' in position {start}: {reason.Value}";
            }

            return $"'{encoding.Value}' codec can't encode characters in position {start}-{end - 1}: {reason.Value}";
        }

        if (args[1].Ref is PyBytes bytes && start >= 0 && start < bytes.Value.Length)
        {
            return end == start + 1
                ? string.Create(CultureInfo.InvariantCulture, $"'{encoding.Value}' codec can't decode byte 0x{bytes.Value[start]:x2} in position {start}: {reason.Value}")
                : $"'{encoding.Value}' codec can't decode bytes in position {start}-{end - 1}: {reason.Value}";
        }

        return Repr.Of(Value.FromObject(new PyTuple(args)));
    }
}
