using Viper.Runtime.Objects;

namespace Viper.IlJit.Lowering;

/// <summary>
/// A class a CALL site's callee global held at compile time, made the way the VM makes a plain
/// instance: while the callee is <see cref="Type"/> at <see cref="Version"/> (its <c>__init__</c>
/// and <c>__new__</c>, its bases' and its metaclass's as they were), calling it is a new instance
/// passed to <see cref="Init"/>, whose result must be None.
/// </summary>
internal sealed class ClassTarget(PyType type, int version, PyFunction init)
{
    public readonly PyType Type = type;
    public readonly int Version = version;
    public readonly PyFunction Init = init;
}
