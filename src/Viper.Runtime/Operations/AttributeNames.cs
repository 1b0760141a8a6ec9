using Viper.Runtime.Objects;

namespace Viper.Runtime.Operations;

/// <summary>
/// One str object per attribute name, used as the key of every instance dict entry, so an inline
/// cache can confirm a dict entry by comparing one reference.
/// </summary>
public static class AttributeNames
{
    [ThreadStatic]
    private static Dictionary<string, PyStr>? _interned;

    public static PyStr Intern(string name)
    {
        _interned ??= new Dictionary<string, PyStr>(StringComparer.Ordinal);
        if (!_interned.TryGetValue(name, out var key))
        {
            key = PyStr.Create(name);
            _interned[name] = key;
        }

        return key;
    }
}
