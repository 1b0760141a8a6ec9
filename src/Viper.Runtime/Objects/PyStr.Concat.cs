namespace Viper.Runtime.Objects;

/// <summary>
/// str + str in amortized constant time per appended character. CPython resizes the left operand
/// in place when it holds the only reference; .NET has no reference counts, so instead every result
/// is a new str owning a prefix of a buffer it shares with its left operand. A left operand that
/// owns the whole buffer appends to it in place; the buffer only grows, so strs holding shorter
/// prefixes (<c>t = s; s += "x"</c> leaves <c>t</c> as it was) are unchanged. Any other left
/// operand is copied into a new buffer with room to grow.
/// </summary>
public sealed partial class PyStr
{
    /// <summary>Below this many UTF-16 chars a result is a plain string: a buffer would cost more than it saves.</summary>
    private const int MinBufferedLength = 64;

    private PyStr(StrBuffer buffer, int utf16Length, int length, bool hasSurrogates)
        : base(PyType.Str)
    {
        _buffer = buffer;
        _utf16Length = utf16Length;
        Length = length;
        _hasSurrogates = hasSurrogates;
    }

    /// <summary>The chars without flattening a buffered str.</summary>
    private ReadOnlySpan<char> Chars => _value ?? _buffer!.Prefix(_utf16Length);

    public static PyStr Concat(PyStr left, PyStr right)
    {
        if (right._utf16Length == 0)
        {
            return left.Exact;
        }

        if (left._utf16Length == 0)
        {
            return right.Exact;
        }

        var utf16Length = (long)left._utf16Length + right._utf16Length;
        if (utf16Length < MinBufferedLength || utf16Length > Array.MaxLength || JoinsSurrogatePair(left, right))
        {
            return Create(string.Concat(left.Chars, right.Chars));
        }

        var buffer = left._buffer;
        if (buffer is null || buffer.Length != left._utf16Length)
        {
            buffer = new StrBuffer((int)Math.Min(Array.MaxLength, 2 * utf16Length));
            buffer.Append(left.Chars);
        }

        buffer.Append(right.Chars);
        return new PyStr(buffer, (int)utf16Length, left.Length + right.Length, left._hasSurrogates || right._hasSurrogates);
    }

    /// <summary>
    /// Whether a lone high surrogate ending <paramref name="left"/> meets a lone low surrogate
    /// starting <paramref name="right"/>: in UTF-16 they pair up into one code point, so the length
    /// is not the sum and the result is counted afresh as a plain string.
    /// </summary>
    private static bool JoinsSurrogatePair(PyStr left, PyStr right) =>
        left._hasSurrogates && right._hasSurrogates
        && char.IsHighSurrogate(left.Chars[^1]) && char.IsLowSurrogate(right.Chars[0]);
}
