using Viper.Bytecode.Code;

namespace Viper.Runtime.Objects;

/// <summary>A code object made by <c>compile()</c>, which <c>exec</c> and <c>eval</c> run; <see cref="IsExpression"/> for mode 'eval'.</summary>
public sealed class PyCode(CodeObject code, bool isExpression) : PyObject(CodeType)
{
    public static PyType CodeType { get; } = new("code", PyType.Object) { Type = PyType.TypeType };

    public CodeObject Code { get; } = code;

    public bool IsExpression { get; } = isExpression;
}
