namespace Viper.Runtime.Objects;

/// <summary><c>sys.stdout</c> and <c>sys.stderr</c>: a text stream over one of the runtime's writers.</summary>
public sealed class PyTextStream(string name, TextWriter writer) : PyObject(TextStreamType)
{
    public static PyType TextStreamType { get; } = new("TextIOWrapper", PyType.Object) { Type = PyType.TypeType };

    /// <summary><c>&lt;stdout&gt;</c> or <c>&lt;stderr&gt;</c>.</summary>
    public string Name { get; } = name;

    public TextWriter Writer { get; } = writer;
}
