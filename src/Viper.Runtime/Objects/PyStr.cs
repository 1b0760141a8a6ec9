using System.Text;

namespace Viper.Runtime.Objects;

/// <summary>
/// An immutable Python str over a .NET string. Python indexes by code point while .NET strings are
/// UTF-16, so a string that holds surrogate pairs indexes through a code-point table built on first
/// use; the common all-BMP string indexes its chars directly. A str made by concatenation may hold
/// its text as a prefix of a shared <see cref="StrBuffer"/> instead (see <see cref="Concat"/>); it
/// becomes a .NET string the first time anything reads <see cref="Value"/>.
/// </summary>
public sealed partial class PyStr : PyObject
{
    private static readonly PyStr[] Latin1 = CreateLatin1();
    private string? _value;
    private StrBuffer? _buffer;
    private readonly int _utf16Length;
    private int[]? _codePointOffsets;
    private int _hash;
    private bool _hashComputed;
    private readonly bool _hasSurrogates;

    private PyStr(string value)
        : base(PyType.Str)
    {
        _value = value;
        _utf16Length = value.Length;
        _hasSurrogates = value.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0;
        Length = _hasSurrogates ? CountCodePoints(value) : value.Length;
    }

    public static PyStr Empty { get; } = new("");

    public string Value => _value ?? Flatten();

    /// <summary>Length in code points, as Python's <c>len</c> reports it.</summary>
    public int Length { get; }

    public static PyStr Create(string value) =>
        value.Length switch
        {
            0 => Empty,
            1 when value[0] < 256 => Latin1[value[0]],
            _ => new PyStr(value),
        };

    /// <summary>A new str of a class derived from str, never shared with another value.</summary>
    public static PyStr OfSubclass(string value, PyType type) => new(value) { Type = type };

    /// <summary>Whether this is an instance of <c>str</c> itself, not of a class derived from it.</summary>
    public bool IsExact => ReferenceEquals(Type, PyType.Str);

    /// <summary>This str as an exact <c>str</c>: itself, or a copy when it is an instance of a subclass.</summary>
    public PyStr Exact => IsExact ? this : Create(Value);

    public static PyStr FromCodePoint(int codePoint) =>
        codePoint < 256 ? Latin1[codePoint]
        : codePoint is >= 0xD800 and <= 0xDFFF or < 0x10000 ? new PyStr(((char)codePoint).ToString())
        : new PyStr(char.ConvertFromUtf32(codePoint));

    /// <summary>The code point at a non-negative index below <see cref="Length"/>, as a one-character str.</summary>
    public PyStr CharAt(int index)
    {
        if (!_hasSurrogates)
        {
            return Value[index] < 256 ? Latin1[Value[index]] : new PyStr(Value[index].ToString());
        }

        var offset = CodePointOffsets()[index];
        var first = Value[offset];
        if (char.IsHighSurrogate(first) && offset + 1 < Value.Length && char.IsLowSurrogate(Value[offset + 1]))
        {
            return new PyStr(Value.Substring(offset, 2));
        }

        return first < 256 ? Latin1[first] : new PyStr(first.ToString());
    }

    /// <summary>The UTF-16 offset of a code-point index (<paramref name="index"/> may equal <see cref="Length"/>).</summary>
    public int Utf16Offset(int index) =>
        !_hasSurrogates ? index : index == Length ? Value.Length : CodePointOffsets()[index];

    /// <summary>The code-point index of a UTF-16 offset.</summary>
    public int CodePointIndex(int utf16Offset)
    {
        if (!_hasSurrogates)
        {
            return utf16Offset;
        }

        var offsets = CodePointOffsets();
        var found = Array.BinarySearch(offsets, utf16Offset);
        return found >= 0 ? found : ~found;
    }

    public IEnumerable<PyStr> Characters()
    {
        for (var i = 0; i < Length; i++)
        {
            yield return CharAt(i);
        }
    }

    public int CachedHash()
    {
        if (!_hashComputed)
        {
            _hash = Value.GetHashCode(StringComparison.Ordinal);
            _hashComputed = true;
        }

        return _hash;
    }

    public override string ToString() => Value;

    private string Flatten()
    {
        var buffer = _buffer!;
        _value = buffer.ToString(_utf16Length);

        // A str that is no longer the whole buffer can never append again, so it stops keeping
        // the (possibly much longer) buffer alive; the one that is keeps it for its next append.
        if (buffer.Length != _utf16Length)
        {
            _buffer = null;
        }

        return _value;
    }

    private int[] CodePointOffsets()
    {
        if (_codePointOffsets is null)
        {
            var offsets = new int[Length];
            var index = 0;
            for (var i = 0; i < Value.Length; i++)
            {
                offsets[index++] = i;
                if (char.IsHighSurrogate(Value[i]) && i + 1 < Value.Length && char.IsLowSurrogate(Value[i + 1]))
                {
                    i++;
                }
            }

            _codePointOffsets = offsets;
        }

        return _codePointOffsets;
    }

    private static int CountCodePoints(string value)
    {
        var count = 0;
        foreach (var _ in value.EnumerateRunesLenient())
        {
            count++;
        }

        return count;
    }

    private static PyStr[] CreateLatin1()
    {
        var table = new PyStr[256];
        for (var i = 0; i < 256; i++)
        {
            table[i] = new PyStr(((char)i).ToString());
        }

        return table;
    }
}

internal static class RuneEnumeration
{
    /// <summary>Counts a lone surrogate as one code point, as Python does for such strings.</summary>
    public static IEnumerable<int> EnumerateRunesLenient(this string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                yield return char.ConvertToUtf32(value[i], value[i + 1]);
                i++;
            }
            else
            {
                yield return value[i];
            }
        }
    }

    public static string FromCodePoints(IEnumerable<int> codePoints)
    {
        var builder = new StringBuilder();
        foreach (var cp in codePoints)
        {
            if (cp >= 0x10000)
            {
                builder.Append(char.ConvertFromUtf32(cp));
            }
            else
            {
                builder.Append((char)cp);
            }
        }

        return builder.ToString();
    }
}
