using System.Reflection.Emit;
using Viper.Bytecode.Code;
using Viper.Runtime.Objects;
using Viper.Runtime.Vm;

namespace Viper.IlJit.Lowering;

/// <summary>
/// The data a compiled method closes over (its first argument): the code object, the globals it was
/// compiled for, the VM's per-code state (constants, inline caches) and the closures of the
/// functions it calls directly.
/// </summary>
internal sealed class JitClosure(CodeObject code, PyDict globals)
{
    public readonly CodeObject Code = code;
    public readonly PyDict Globals = globals;
    public readonly CodeState State = CodeState.For(code);
    public JitClosure[] Callees = [];

    /// <summary>The compiled body, taking its parameters as values; set once lowering finishes.</summary>
    public DynamicMethod? Body;
}
