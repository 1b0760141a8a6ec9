namespace Viper.Runtime.Objects;

public enum DictViewKind
{
    Keys,
    Values,
    Items,
}

/// <summary><c>dict.keys()</c>, <c>values()</c> and <c>items()</c>: live views of the dict.</summary>
public sealed class PyDictView(PyDict dict, DictViewKind kind) : PyObject(TypeOf(kind))
{
    public PyDict Dict { get; } = dict;

    public DictViewKind Kind { get; } = kind;

    private static PyType TypeOf(DictViewKind kind) => kind switch
    {
        DictViewKind.Keys => PyType.DictKeys,
        DictViewKind.Values => PyType.DictValues,
        _ => PyType.DictItems,
    };
}
