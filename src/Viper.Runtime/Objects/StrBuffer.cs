namespace Viper.Runtime.Objects;

/// <summary>
/// The growable characters behind strs built by repeated concatenation. Several strs can share one
/// buffer, each owning a prefix of it; only a str whose prefix is the whole buffer may append, so
/// the older, shorter strs never see characters added after them. Appends are not synchronized:
/// an interpreter runs on one thread.
/// </summary>
internal sealed class StrBuffer
{
    private char[] _chars;

    /// <remarks>Every char is written by an append before any str can read it, so the array need not be zeroed.</remarks>
    public StrBuffer(int capacity) => _chars = GC.AllocateUninitializedArray<char>(capacity);

    /// <summary>Characters appended so far; the longest prefix any sharing str can own.</summary>
    public int Length { get; private set; }

    public ReadOnlySpan<char> Prefix(int length) => _chars.AsSpan(0, length);

    /// <remarks><paramref name="text"/> may be a prefix of this buffer itself (<c>s += s</c>): growing copies into a new array and the span still reads the old one.</remarks>
    public void Append(ReadOnlySpan<char> text)
    {
        var needed = Length + text.Length;
        if (needed > _chars.Length)
        {
            var grown = GC.AllocateUninitializedArray<char>(Math.Max(needed, (int)Math.Min(Array.MaxLength, 2L * _chars.Length)));
            _chars.AsSpan(0, Length).CopyTo(grown);
            _chars = grown;
        }

        text.CopyTo(_chars.AsSpan(Length));
        Length = needed;
    }

    public string ToString(int length) => new(_chars, 0, length);
}
