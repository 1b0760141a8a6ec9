using Viper.Runtime.Values;

namespace Viper.Runtime.Objects;

/// <summary>
/// The special methods a class written in Python has been asked for, valid while the class stays at
/// <see cref="Version"/>: every answer by name (a missing method as an unbound value), the last four
/// also by the identity of the name asked for (special methods are looked up by literal names, so a
/// hot lookup skips hashing the name), and the binary operators' by index.
/// </summary>
internal sealed class SpecialMethodCache(int version)
{
    private const int RecentCount = 4;

    private readonly string?[] _recentNames = new string?[RecentCount];
    private readonly Value[] _recentMethods = new Value[RecentCount];
    private int _nextRecent;

    public int Version { get; } = version;

    public NameTable ByName { get; } = new();

    /// <summary>The binary operators' methods by <see cref="Operations.OperatorNames.Slot"/>, made at the first operator looked up.</summary>
    public Value[]? Operators { get; set; }

    public bool TryGetRecent(string name, out Value method)
    {
        var names = _recentNames;
        for (var i = 0; i < names.Length; i++)
        {
            if (ReferenceEquals(names[i], name))
            {
                method = _recentMethods[i];
                return true;
            }
        }

        method = default;
        return false;
    }

    /// <summary>Keeps an answer among the recent ones, in place of the oldest.</summary>
    public void Remember(string name, Value method)
    {
        _recentNames[_nextRecent] = name;
        _recentMethods[_nextRecent] = method;
        _nextRecent = (_nextRecent + 1) % RecentCount;
    }
}
