using System.Numerics;
using System.Text;
using Viper.Runtime.Builtins;
using Viper.Runtime.Errors;
using Viper.Runtime.Numerics;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Formatting;

/// <summary>
/// printf-style <c>str % args</c>: <c>%[(key)][flags][width][.precision][length]type</c> with the
/// types s r a c d i u o x X e E f F g G and %, taking arguments from a tuple, a single value, or a
/// mapping for keyed conversions, with CPython's errors for every way of getting it wrong.
/// </summary>
public sealed class PercentFormat
{
    private readonly string _template;
    private readonly Value _args;
    private readonly PyTuple? _tuple;
    private int _nextArg;
    private bool _singleUsed;

    /// <summary><c>bytes % args</c>: the template is bytes read as Latin-1, and %s, %b, %r, %a and %c make bytes.</summary>
    private readonly bool _bytes;

    private PercentFormat(string template, Value args, bool bytes)
    {
        _template = template;
        _args = args;
        _tuple = args.Ref as PyTuple;
        _bytes = bytes;
    }

    public static string Format(string template, Value args)
    {
        try
        {
            return new PercentFormat(template, args, bytes: false).Render();
        }
        catch (NumericError error)
        {
            throw PyErrors.FromNumeric(error);
        }
    }

    /// <summary><c>bytes % args</c> and <c>bytearray % args</c>: every character of the result is one byte.</summary>
    public static byte[] FormatBytes(ReadOnlySpan<byte> template, Value args)
    {
        try
        {
            return Encoding.Latin1.GetBytes(new PercentFormat(Encoding.Latin1.GetString(template), args, bytes: true).Render());
        }
        catch (NumericError error)
        {
            throw PyErrors.FromNumeric(error);
        }
    }

    /// <summary>CPython's test for keyed conversions: anything subscriptable except a tuple or str.</summary>
    private bool IsMapping => _args.Ref is PyDict or PyList or PyRange or PyBytes;

    private string Render()
    {
        var output = new StringBuilder(_template.Length + 16);
        var pos = 0;
        while (pos < _template.Length)
        {
            var percent = _template.IndexOf('%', pos);
            if (percent < 0)
            {
                output.Append(_template, pos, _template.Length - pos);
                break;
            }

            output.Append(_template, pos, percent - pos);
            pos = percent + 1;
            Value? keyed = null;
            if (pos < _template.Length && _template[pos] == '(')
            {
                keyed = KeyedArgument(ref pos);
            }

            var flags = Flags.Parse(_template, ref pos);
            var width = ReadCount(ref pos, out var widthFromArgs);
            if (widthFromArgs && width < 0)
            {
                flags = flags with { Left = true };
                width = -width;
            }

            var precision = -1;
            if (pos < _template.Length && _template[pos] == '.')
            {
                pos++;
                precision = Math.Max(0, ReadCount(ref pos, out _));
            }

            while (pos < _template.Length && _template[pos] is 'h' or 'l' or 'L')
            {
                pos++;
            }

            if (pos >= _template.Length)
            {
                throw PyErrors.ValueError("incomplete format");
            }

            var type = _template[pos++];
            if (type == '%')
            {
                output.Append('%');
                continue;
            }

            var argument = keyed ?? NextArgument();
            output.Append(Convert(argument, type, flags, width, precision, pos - 1));
        }

        if (!IsMapping && (_tuple is not null ? _nextArg < _tuple.Count : !_singleUsed))
        {
            throw PyErrors.TypeError($"not all arguments converted during {(_bytes ? "bytes" : "string")} formatting");
        }

        return output.ToString();
    }

    private readonly record struct Flags(bool Left, char Sign, bool Alternate, bool Zero)
    {
        public static Flags Parse(string template, ref int pos)
        {
            var flags = default(Flags);
            for (; pos < template.Length; pos++)
            {
                switch (template[pos])
                {
                    case '-':
                        flags = flags with { Left = true };
                        continue;
                    case '+':
                        flags = flags with { Sign = '+' };
                        continue;
                    case ' ':
                        flags = flags with { Sign = flags.Sign == '+' ? '+' : ' ' };
                        continue;
                    case '#':
                        flags = flags with { Alternate = true };
                        continue;
                    case '0':
                        flags = flags with { Zero = true };
                        continue;
                }

                break;
            }

            return flags;
        }
    }

    private Value KeyedArgument(ref int pos)
    {
        if (!IsMapping)
        {
            throw PyErrors.TypeError("format requires a mapping");
        }

        var depth = 1;
        var start = ++pos;
        while (pos < _template.Length && depth > 0)
        {
            depth += _template[pos] switch { '(' => 1, ')' => -1, _ => 0 };
            pos++;
        }

        if (depth > 0)
        {
            throw PyErrors.ValueError("incomplete format key");
        }

        var key = _template[start..(pos - 1)];
        return Subscripts.GetItem(_args, _bytes ? Value.FromObject(new PyBytes(Encoding.Latin1.GetBytes(key))) : Value.FromString(key));
    }

    /// <summary>A width or precision: digits, or '*' taking it from the arguments (-1 when absent).</summary>
    private int ReadCount(ref int pos, out bool fromArguments)
    {
        fromArguments = false;
        if (pos < _template.Length && _template[pos] == '*')
        {
            pos++;
            fromArguments = true;
            var argument = NextArgument();
            if (!Numbers.IsInteger(argument))
            {
                throw PyErrors.TypeError("* wants int");
            }

            return (int)ArgumentCheck.Index(argument);
        }

        var start = pos;
        long value = 0;
        while (pos < _template.Length && char.IsAsciiDigit(_template[pos]))
        {
            value = (value * 10) + (_template[pos++] - '0');
            if (value > int.MaxValue)
            {
                throw PyErrors.ValueError("width too big");
            }
        }

        return pos == start ? -1 : (int)value;
    }

    private Value NextArgument()
    {
        if (_tuple is not null)
        {
            return _nextArg < _tuple.Count ? _tuple.Items[_nextArg++] : throw NotEnough();
        }

        if (_singleUsed)
        {
            throw NotEnough();
        }

        _singleUsed = true;
        return _args;
    }

    private static PythonException NotEnough() => PyErrors.TypeError("not enough arguments for format string");

    private string Convert(Value argument, char type, Flags flags, int width, int precision, int index)
    {
        switch (type)
        {
            case 's' or 'b' when _bytes:
                var bytesText = BytesArgument(argument);
                return Justify(precision >= 0 && precision < bytesText.Length ? bytesText[..precision] : bytesText, flags with { Zero = false }, width);
            case 'c' when _bytes:
                return Justify(ByteCharacter(argument), flags with { Zero = false }, width);
            case 's' or 'r' or 'a':
                var text = Conversion.Apply(argument, _bytes ? 'a' : type);
                if (precision >= 0 && precision < text.Length)
                {
                    text = text[..precision];
                }

                return Justify(text, flags with { Zero = false }, width);
            case 'c':
                return Justify(Character(argument), flags with { Zero = false }, width);
            case 'd' or 'i' or 'u':
                return Integer(ToInteger(argument, type, allowFloat: true), 10, false, flags, width, precision, "");
            case 'o' or 'x' or 'X':
                var prefix = flags.Alternate ? type switch { 'o' => "0o", 'x' => "0x", _ => "0X" } : "";
                return Integer(ToInteger(argument, type, allowFloat: false), type == 'o' ? 8 : 16, type == 'X', flags, width, precision, prefix);
            case 'e' or 'E' or 'f' or 'F' or 'g' or 'G':
                var x = Numbers.TryGetDouble(argument, out var real) ? real : throw PyErrors.TypeError($"must be real number, not {TypeNames.Of(argument)}");
                var (integerPart, rest) = FloatFormatting.Body(x, type, precision < 0 ? 6 : precision, flags.Alternate);
                return Number(double.IsNegative(x) && !double.IsNaN(x), "", integerPart + rest, flags, width);
            default:
                var code = (int)type;
                throw PyErrors.ValueError($"unsupported format character '{type}' (0x{code:x}) at index {index}");
        }
    }

    /// <summary>%s and %b of a bytes template: a bytes-like object, or what its <c>__bytes__</c> returns, as Latin-1 text.</summary>
    private static string BytesArgument(Value argument)
    {
        if (BytesLike.TryGet(argument, out var bytes))
        {
            return Encoding.Latin1.GetString(bytes);
        }

        if (argument.Ref is PyObject { Type.IsBuiltin: false } && SpecialMethods.TryCall(argument, "__bytes__", [], out var converted))
        {
            return BytesLike.TryGet(converted, out var fromMethod)
                ? Encoding.Latin1.GetString(fromMethod)
                : throw PyErrors.TypeError($"__bytes__ returned non-bytes (type {TypeNames.Of(converted)})");
        }

        throw PyErrors.TypeError($"%b requires a bytes-like object, or an object that implements __bytes__, not '{TypeNames.Of(argument)}'");
    }

    private static string ByteCharacter(Value argument)
    {
        if (BytesLike.TryGet(argument, out var bytes) && bytes.Length == 1)
        {
            return ((char)bytes[0]).ToString();
        }

        if (!Numbers.IsInteger(argument))
        {
            throw PyErrors.TypeError("%c requires an integer in range(256) or a single byte");
        }

        return Numbers.TryGetBigInteger(argument, out var code) && code >= 0 && code <= 255
            ? ((char)(int)code).ToString()
            : throw PyErrors.Overflow("%c arg not in range(256)");
    }

    private static string Character(Value argument)
    {
        if (argument.Ref is PyStr s)
        {
            return s.Length == 1 ? s.Value : throw PyErrors.TypeError("%c requires int or char");
        }

        if (!Numbers.IsInteger(argument))
        {
            throw PyErrors.TypeError("%c requires int or char");
        }

        return Numbers.TryGetBigInteger(argument, out var code) && code >= 0 && code <= 0x10FFFF
            ? PyStr.FromCodePoint((int)code).Value
            : throw PyErrors.Overflow("%c arg not in range(0x110000)");
    }

    private static BigInteger ToInteger(Value argument, char type, bool allowFloat)
    {
        if (Numbers.TryGetBigInteger(argument, out var integer))
        {
            return integer;
        }

        if (allowFloat && Numbers.Classify(argument, out _, out _, out var real) == NumberKind.Float)
        {
            return IntMath.FromDouble(real);
        }

        var expected = allowFloat ? "a real number" : "an integer";
        throw PyErrors.TypeError($"%{type} format: {expected} is required, not {TypeNames.Of(argument)}");
    }

    private static string Integer(BigInteger value, int radix, bool upper, Flags flags, int width, int precision, string prefix)
    {
        var magnitude = BigInteger.Abs(value);
        var digits = radix == 10 ? IntFormatter.ToDecimalString(magnitude) : IntFormatter.ToPowerOfTwoString(magnitude, radix == 8 ? 3 : 4, "");
        if (upper)
        {
            digits = digits.ToUpperInvariant();
        }

        if (precision > digits.Length)
        {
            digits = digits.PadLeft(precision, '0');
        }

        return Number(value.Sign < 0, prefix, digits, flags, width);
    }

    private static string Number(bool negative, string prefix, string body, Flags flags, int width)
    {
        var sign = negative ? "-" : flags.Sign == '\0' ? "" : flags.Sign.ToString();
        var length = sign.Length + prefix.Length + body.Length;
        if (flags.Zero && !flags.Left && width > length)
        {
            return string.Concat(sign, prefix, new string('0', width - length), body);
        }

        return Justify(string.Concat(sign, prefix, body), flags, width);
    }

    private static string Justify(string text, Flags flags, int width)
    {
        var codePoints = text.Length - text.Count(char.IsLowSurrogate);
        var padding = width - codePoints;
        if (padding <= 0)
        {
            return text;
        }

        return flags.Left ? text + new string(' ', padding) : new string(' ', padding) + text;
    }
}
