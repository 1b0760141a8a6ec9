namespace Viper.Runtime.Objects;

public sealed class PyModule(string name, PyDict dict, string? fileName = null) : PyObject(PyType.Module)
{
    public string Name { get; } = name;

    public PyDict Dict { get; } = dict;

    public string? FileName { get; } = fileName;

    /// <summary>Made by calling the module type (<c>types.ModuleType("m")</c>): no file and no loader, so its repr names neither.</summary>
    public bool IsMadeByCall { get; init; }
}
