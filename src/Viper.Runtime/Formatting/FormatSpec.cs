using Viper.Runtime.Errors;

namespace Viper.Runtime.Formatting;

/// <summary>How a number's digits are grouped: not at all, by threes with ',' or '_', or by fours with '_'.</summary>
public enum Grouping : byte
{
    None,
    Comma,
    Underscore,
    UnderscoreByFour,
}

/// <summary>
/// A parsed format specification, the mini-language of <c>format()</c>, <c>str.format</c> and
/// f-strings: <c>[[fill]align][sign][z][#][0][width][grouping][.precision][type]</c>. Parsing
/// checks only what does not depend on the value's type; each type's formatter checks the rest.
/// </summary>
public readonly record struct FormatSpec
{
    public char Fill { get; init; }

    /// <summary>'&lt;', '&gt;', '^', '=' or '\0' for the type's default.</summary>
    public char Align { get; init; }

    /// <summary>'+', '-', ' ' or '\0' when none was given.</summary>
    public char Sign { get; init; }

    public bool NoNegativeZero { get; init; }

    public bool Alternate { get; init; }

    /// <summary>-1 when none was given. A long, as in CPython, so a huge width fails as an allocation, not a parse.</summary>
    public long Width { get; init; }

    public Grouping Grouping { get; init; }

    /// <summary>-1 when none was given.</summary>
    public long Precision { get; init; }

    /// <summary>The presentation type, '\0' when none was given.</summary>
    public char Type { get; init; }

    public char GroupSeparator => Grouping == Grouping.Comma ? ',' : '_';

    public int GroupSize => Grouping == Grouping.UnderscoreByFour ? 4 : 3;

    /// <summary>Parses a spec; <paramref name="defaultAlign"/> is '&gt;' for numbers and '&lt;' for str.</summary>
    public static FormatSpec Parse(string spec, string typeName, char defaultAlign)
    {
        var pos = 0;
        var fill = ' ';
        var align = '\0';
        var fillGiven = false;
        if (spec.Length >= 2 && IsAlign(spec[1]))
        {
            fill = spec[0];
            align = spec[1];
            fillGiven = true;
            pos = 2;
        }
        else if (spec.Length >= 1 && IsAlign(spec[0]))
        {
            align = spec[0];
            pos = 1;
        }

        var sign = '\0';
        if (pos < spec.Length && spec[pos] is '+' or '-' or ' ')
        {
            sign = spec[pos++];
        }

        var noNegativeZero = Take(spec, ref pos, 'z');
        var alternate = Take(spec, ref pos, '#');
        if (!fillGiven && pos < spec.Length && spec[pos] == '0')
        {
            fill = '0';
            if (align == '\0' && defaultAlign == '>')
            {
                align = '=';
            }

            pos++;
        }

        var width = ReadNumber(spec, ref pos) ?? -1;
        var grouping = Grouping.None;
        if (Take(spec, ref pos, ','))
        {
            grouping = Grouping.Comma;
        }

        if (Take(spec, ref pos, '_'))
        {
            grouping = grouping == Grouping.None ? Grouping.Underscore : throw BothSeparators();
        }

        if (pos < spec.Length && spec[pos] == ',' && grouping == Grouping.Underscore)
        {
            throw BothSeparators();
        }

        long precision = -1;
        if (Take(spec, ref pos, '.'))
        {
            precision = ReadNumber(spec, ref pos) ?? throw PyErrors.ValueError("Format specifier missing precision");
        }

        if (spec.Length - pos > 1)
        {
            throw PyErrors.ValueError($"Invalid format specifier '{spec}' for object of type '{typeName}'");
        }

        var type = pos < spec.Length ? spec[pos] : '\0';
        if (grouping != Grouping.None)
        {
            grouping = CheckGrouping(grouping, type);
        }

        return new FormatSpec
        {
            Fill = fill,
            Align = align == '\0' ? defaultAlign : align,
            Sign = sign,
            NoNegativeZero = noNegativeZero,
            Alternate = alternate,
            Width = width,
            Grouping = grouping,
            Precision = precision,
            Type = type,
        };
    }

    private static bool IsAlign(char c) => c is '<' or '>' or '=' or '^';

    private static bool Take(string spec, ref int pos, char c)
    {
        if (pos < spec.Length && spec[pos] == c)
        {
            pos++;
            return true;
        }

        return false;
    }

    private static long? ReadNumber(string spec, ref int pos)
    {
        var start = pos;
        long value = 0;
        while (pos < spec.Length && char.IsAsciiDigit(spec[pos]))
        {
            var digit = spec[pos++] - '0';
            if (value > (long.MaxValue - digit) / 10)
            {
                throw PyErrors.ValueError("Too many decimal digits in format string");
            }

            value = (value * 10) + digit;
        }

        return pos == start ? null : value;
    }

    private static Grouping CheckGrouping(Grouping grouping, char type)
    {
        switch (type)
        {
            case 'd' or 'e' or 'f' or 'g' or 'E' or 'G' or '%' or 'F' or '\0':
                return grouping;
            case 'b' or 'o' or 'x' or 'X' when grouping == Grouping.Underscore:
                return Grouping.UnderscoreByFour;
            default:
                var separator = grouping == Grouping.Comma ? ',' : '_';
                throw PyErrors.ValueError($"Cannot specify '{separator}' with '{type}'.");
        }
    }

    private static PythonException BothSeparators() => PyErrors.ValueError("Cannot specify both ',' and '_'.");
}
