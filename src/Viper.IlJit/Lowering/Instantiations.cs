using System.Reflection.Emit;
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

/// <param name="TargetIndex">Index into the caller's class targets (<see cref="JitClosure.ClassTargets"/>).</param>
/// <param name="Body">The <c>__init__</c>'s compiled body, taking the instance and arguments as values.</param>
/// <param name="ClosureIndex">Index into the caller's callee closures, or -1 for the caller itself.</param>
internal sealed record InstantiationCallee(int TargetIndex, DynamicMethod Body, int ClosureIndex);
