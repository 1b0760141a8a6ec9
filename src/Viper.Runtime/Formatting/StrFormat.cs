using System.Globalization;
using System.Text;
using Viper.Runtime.Errors;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Formatting;

/// <summary>
/// <c>str.format</c> and <c>str.format_map</c>: literal text with <c>{{</c>/<c>}}</c> escapes and
/// replacement fields <c>{name.attr[key]!conv:spec}</c>, whose specs may hold fields themselves (two
/// levels deep). Fields are evaluated left to right, so an error is reported where CPython reports it.
/// </summary>
public sealed class StrFormat
{
    private const int MaxRecursion = 2;

    /// <summary>Null for format_map, which has no positional arguments at all.</summary>
    private readonly Value[]? _positional;
    private readonly Func<string, Value> _keyword;
    private int _nextAutoIndex;
    private bool? _manualNumbering;

    private StrFormat(Value[]? positional, Func<string, Value> keyword)
    {
        _positional = positional;
        _keyword = keyword;
    }

    /// <summary>
    /// Formats <paramref name="template"/>; <paramref name="keyword"/> looks a name up or throws
    /// KeyError, and <paramref name="positional"/> is null for format_map.
    /// </summary>
    public static string Format(string template, Value[]? positional, Func<string, Value> keyword) =>
        new StrFormat(positional, keyword).Render(template, MaxRecursion);

    private string Render(string template, int depth)
    {
        if (depth <= 0)
        {
            throw PyErrors.ValueError("Max string recursion exceeded");
        }

        var output = new StringBuilder(template.Length);
        var pos = 0;
        while (pos < template.Length)
        {
            var brace = template.AsSpan(pos).IndexOfAny('{', '}');
            if (brace < 0)
            {
                output.Append(template, pos, template.Length - pos);
                break;
            }

            brace += pos;
            output.Append(template, pos, brace - pos);
            var c = template[brace];
            var atEnd = brace + 1 >= template.Length;
            if (c == '}' && (atEnd || template[brace + 1] != '}'))
            {
                throw PyErrors.ValueError("Single '}' encountered in format string");
            }

            if (atEnd)
            {
                throw PyErrors.ValueError("Single '{' encountered in format string");
            }

            if (template[brace + 1] == c)
            {
                output.Append(c);
                pos = brace + 2;
                continue;
            }

            pos = brace + 1;
            var field = ParseField(template, ref pos);
            var value = Resolve(field.Name);
            var text = field.Conversion == '\0' ? null : Conversion.Apply(value, field.Conversion);
            var spec = field.SpecHasFields ? Render(field.Spec, depth - 1) : field.Spec;
            output.Append(ValueFormatter.Format(text is null ? value : Value.FromString(text), spec));
        }

        return output.ToString();
    }

    private readonly record struct Field(string Name, char Conversion, string Spec, bool SpecHasFields);

    /// <summary>Reads a field after its '{', leaving <paramref name="pos"/> after its closing '}'.</summary>
    private static Field ParseField(string template, ref int pos)
    {
        var start = pos;
        var c = '\0';
        while (pos < template.Length)
        {
            c = template[pos++];
            if (c == '{')
            {
                throw PyErrors.ValueError("unexpected '{' in field name");
            }

            if (c == '[')
            {
                while (pos < template.Length && template[pos] != ']')
                {
                    pos++;
                }

                continue;
            }

            if (c is '}' or ':' or '!')
            {
                break;
            }
        }

        if (c is not ('}' or ':' or '!'))
        {
            throw PyErrors.ValueError("expected '}' before end of string");
        }

        var name = template[start..(pos - 1)];
        if (c == '}')
        {
            return new Field(name, '\0', "", false);
        }

        var conversion = '\0';
        if (c == '!')
        {
            if (pos >= template.Length)
            {
                throw PyErrors.ValueError("end of string while looking for conversion specifier");
            }

            conversion = template[pos++];
            if (pos < template.Length)
            {
                var next = template[pos++];
                if (next == '}')
                {
                    return new Field(name, conversion, "", false);
                }

                if (next != ':')
                {
                    throw PyErrors.ValueError("expected ':' after conversion specifier");
                }
            }
        }

        var specStart = pos;
        var depth = 1;
        var hasFields = false;
        while (pos < template.Length)
        {
            var s = template[pos++];
            if (s == '{')
            {
                hasFields = true;
                depth++;
            }
            else if (s == '}' && --depth == 0)
            {
                return new Field(name, conversion, template[specStart..(pos - 1)], hasFields);
            }
        }

        throw PyErrors.ValueError("unmatched '{' in format spec");
    }

    /// <summary>Looks up <c>first.attr[key]...</c>: an argument, then attributes and items.</summary>
    private Value Resolve(string name)
    {
        var end = name.AsSpan().IndexOfAny('.', '[');
        var first = end < 0 ? name : name[..end];
        var value = first.Length == 0 ? Positional(AutoIndex())
            : IsDecimal(first) ? Positional(ManualIndex(first))
            : _keyword(first);
        var pos = end < 0 ? name.Length : end;
        while (pos < name.Length)
        {
            var c = name[pos++];
            if (c == '.')
            {
                var attrEnd = name.AsSpan(pos).IndexOfAny('.', '[');
                var attr = attrEnd < 0 ? name[pos..] : name.Substring(pos, attrEnd);
                if (attr.Length == 0)
                {
                    throw PyErrors.ValueError("Empty attribute in format string");
                }

                value = Attributes.Get(value, attr);
                pos += attr.Length;
            }
            else if (c == '[')
            {
                var close = name.IndexOf(']', pos);
                if (close < 0)
                {
                    throw PyErrors.ValueError("Missing ']' in format string");
                }

                var key = name[pos..close];
                if (key.Length == 0)
                {
                    throw PyErrors.ValueError("Empty attribute in format string");
                }

                value = Subscripts.GetItem(value, IsDecimal(key) ? Value.FromInt(long.Parse(key, CultureInfo.InvariantCulture)) : Value.FromString(key));
                pos = close + 1;
            }
            else
            {
                throw PyErrors.ValueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }

        return value;
    }

    private static bool IsDecimal(string text) => text.Length is > 0 and < 19 && text.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0;

    private int AutoIndex()
    {
        if (_manualNumbering == true)
        {
            throw PyErrors.ValueError("cannot switch from manual field specification to automatic field numbering");
        }

        _manualNumbering = false;
        return _nextAutoIndex++;
    }

    private int ManualIndex(string digits)
    {
        if (_manualNumbering == false)
        {
            throw PyErrors.ValueError("cannot switch from automatic field numbering to manual field specification");
        }

        _manualNumbering = true;
        return int.Parse(digits, CultureInfo.InvariantCulture);
    }

    private Value Positional(int index)
    {
        if (_positional is null)
        {
            throw PyErrors.ValueError("Format string contains positional fields");
        }

        return index < _positional.Length
            ? _positional[index]
            : throw PyErrors.IndexError($"Replacement index {index} out of range for positional args tuple");
    }
}
