using Viper.Runtime.Values;

namespace Viper.Runtime.Objects;

/// <summary>
/// The arguments of a call to a builtin, viewed in place on the value stack: positional values,
/// then keyword values named by <see cref="KeywordNames"/> (null when there are none).
/// </summary>
public readonly ref struct CallArgs(ReadOnlySpan<Value> all, string[]? keywordNames)
{
    public ReadOnlySpan<Value> All { get; } = all;

    public string[]? KeywordNames { get; } = keywordNames;

    public int KeywordCount => KeywordNames?.Length ?? 0;

    public ReadOnlySpan<Value> Positional => All[..(All.Length - KeywordCount)];

    public int Count => All.Length - KeywordCount;

    public Value this[int index] => All[index];

    public bool TryGetKeyword(string name, out Value value)
    {
        if (KeywordNames is not null)
        {
            for (var i = 0; i < KeywordNames.Length; i++)
            {
                if (KeywordNames[i] == name)
                {
                    value = All[Count + i];
                    return true;
                }
            }
        }

        value = default;
        return false;
    }
}
