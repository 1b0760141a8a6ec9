using Viper.Runtime.Values;

namespace Viper.Runtime.Objects;

/// <summary>
/// A class's most recent special-method lookups, by the identity of the name asked for: four
/// entries, the oldest replaced first. Valid for as long as the <see cref="PyType.SpecialMethodsFound"/>
/// it sits beside.
/// </summary>
internal sealed class RecentSpecialMethods
{
    private const int Size = 4;

    private readonly string?[] _names = new string?[Size];
    private readonly Value[] _methods = new Value[Size];
    private int _next;

    public bool TryGet(string name, out Value method)
    {
        var names = _names;
        for (var i = 0; i < names.Length; i++)
        {
            if (ReferenceEquals(names[i], name))
            {
                method = _methods[i];
                return true;
            }
        }

        method = default;
        return false;
    }

    public void Remember(string name, Value method)
    {
        _names[_next] = name;
        _methods[_next] = method;
        _next = (_next + 1) % Size;
    }
}
