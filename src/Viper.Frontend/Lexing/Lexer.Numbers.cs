using System.Globalization;
using System.Numerics;

namespace Viper.Frontend.Lexing;

public sealed partial class Lexer
{
    /// <summary>
    /// Numeric literals (Python reference §2.4.5-2.4.7). Error messages and positions follow
    /// tokenizer.c: most point at the first character that cannot continue the literal.
    /// </summary>
    private void ReadNumber()
    {
        var start = _pos;
        if (Current == '0' && PeekChar() is 'x' or 'X' or 'o' or 'O' or 'b' or 'B')
        {
            ReadRadixInteger(start);
            return;
        }

        var isFloat = false;
        if (Current == '.')
        {
            isFloat = true;
            _pos++;
            ReadDecimalDigits();
        }
        else
        {
            var leadingZero = Current == '0';
            ReadDecimalDigits();
            if (Current == '.')
            {
                isFloat = true;
                _pos++;
                if (char.IsAsciiDigit(Current))
                {
                    ReadDecimalDigits();
                }
            }

            if (leadingZero && !isFloat && Current is not ('e' or 'E' or 'j' or 'J') && HasNonZeroDigit(start, _pos))
            {
                // CPython underlines the leading zeros (and underscores among them).
                var zerosEnd = start;
                while (_source[zerosEnd] is '0' or '_')
                {
                    zerosEnd++;
                }

                throw new Diagnostics.PythonSyntaxError(
                    "SyntaxError",
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    _line,
                    ColumnOf(start) + 1,
                    ColumnOf(zerosEnd) + 1);
            }
        }

        if (Current is 'e' or 'E')
        {
            var next = PeekChar();
            var digitAt = next is '+' or '-' ? 2 : 1;
            if (char.IsAsciiDigit(PeekChar(digitAt)))
            {
                isFloat = true;
                _pos += digitAt;
                ReadDecimalDigits();
            }
            else
            {
                VerifyEndOfNumber("decimal");
            }
        }

        if (Current is 'j' or 'J')
        {
            var imaginary = ParseDouble(start, _pos);
            _pos++;
            VerifyEndOfNumber("imaginary");
            AddNumber(TokenKind.Imaginary, start, imaginary);
            return;
        }

        VerifyEndOfNumber("decimal");
        if (isFloat)
        {
            AddNumber(TokenKind.Float, start, ParseDouble(start, _pos));
        }
        else
        {
            AddNumber(TokenKind.Int, start, ParseDecimalInteger(WithoutUnderscores(start, _pos)));
        }
    }

    private bool HasNonZeroDigit(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (_source[i] is >= '1' and <= '9')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Digits with single underscores between them: <c>1_000</c>, never <c>1__0</c> or <c>1_</c>.</summary>
    private void ReadDecimalDigits()
    {
        while (true)
        {
            while (char.IsAsciiDigit(Current))
            {
                _pos++;
            }

            if (Current != '_')
            {
                return;
            }

            _pos++;
            if (!char.IsAsciiDigit(Current))
            {
                throw NumberError("invalid decimal literal", _pos);
            }
        }
    }

    private void ReadRadixInteger(int start)
    {
        var marker = char.ToLowerInvariant(PeekChar());
        var (radix, kind) = marker switch
        {
            'x' => (16, "hexadecimal"),
            'o' => (8, "octal"),
            _ => (2, "binary"),
        };
        _pos += 2;
        var value = BigInteger.Zero;
        do
        {
            if (Current == '_')
            {
                _pos++;
            }

            if (DigitValue(Current) is not { } first || first >= radix)
            {
                throw InvalidRadixDigit(kind, radix);
            }

            while (DigitValue(Current) is { } digit && digit < radix)
            {
                value = (value * radix) + digit;
                _pos++;
            }
        }
        while (Current == '_');

        if (radix < 10 && char.IsAsciiDigit(Current))
        {
            throw InvalidRadixDigit(kind, radix);
        }

        VerifyEndOfNumber(kind);
        AddNumber(TokenKind.Int, start, value);
    }

    private Diagnostics.PythonSyntaxError InvalidRadixDigit(string kind, int radix) =>
        radix < 10 && char.IsAsciiDigit(Current)
            ? NumberError($"invalid digit '{Current}' in {kind} literal", _pos + 1)
            : NumberError($"invalid {kind} literal", _pos);

    private static int? DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => null,
    };

    /// <summary>
    /// A literal running straight into an identifier (<c>1abc</c>) is an error, except before the
    /// keywords that may legitimately follow a number (<c>1if x else 2</c>), which CPython 3.11 allows.
    /// </summary>
    private void VerifyEndOfNumber(string kind)
    {
        if (_pos >= _source.Length || !IsIdentifierPart(Current))
        {
            return;
        }

        var rest = _source.AsSpan(_pos);
        foreach (var keyword in (ReadOnlySpan<string>)["and", "else", "for", "if", "in", "is", "or", "not"])
        {
            if (rest.StartsWith(keyword, StringComparison.Ordinal))
            {
                return;
            }
        }

        throw NumberError($"invalid {kind} literal", _pos);
    }

    private Diagnostics.PythonSyntaxError NumberError(string message, int oneBasedColumnPosition)
    {
        var column = ColumnOf(oneBasedColumnPosition);
        return new Diagnostics.PythonSyntaxError("SyntaxError", message, _line, column, column);
    }

    private double ParseDouble(int start, int end) =>
        double.Parse(WithoutUnderscores(start, end), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>
    /// A decimal int literal's value. Up to 18 digits fit a <c>long</c> and are summed here:
    /// .NET's <see cref="BigInteger.Parse(ReadOnlySpan{char}, IFormatProvider)"/> JIT-compiles its
    /// generic parsing code on first use, several milliseconds of every script's start-up.
    /// </summary>
    private static BigInteger ParseDecimalInteger(ReadOnlySpan<char> digits)
    {
        if (digits.Length > 18)
        {
            return BigInteger.Parse(digits, CultureInfo.InvariantCulture);
        }

        var value = 0L;
        foreach (var digit in digits)
        {
            value = (value * 10) + (digit - '0');
        }

        return value;
    }

    private ReadOnlySpan<char> WithoutUnderscores(int start, int end)
    {
        var text = _source.AsSpan(start, end - start);
        return text.Contains('_') ? text.ToString().Replace("_", "", StringComparison.Ordinal) : text;
    }

    private void AddNumber(TokenKind kind, int start, object value) =>
        Add(kind, _source.Substring(start, _pos - start), start, _pos, value);
}
