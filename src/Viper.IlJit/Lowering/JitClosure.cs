using System.Reflection.Emit;
using Viper.Bytecode.Code;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;
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

    /// <summary>The classes and methods the direct method calls are guarded on (see <see cref="MethodTarget"/>).</summary>
    public MethodTarget[] MethodTargets = [];

    /// <summary>The classes direct instantiations are guarded on (see <see cref="ClassTarget"/>).</summary>
    public ClassTarget[] ClassTargets = [];

    /// <summary>The layouts polymorphic attribute loads are guarded on (see <see cref="AttributeTarget"/>).</summary>
    public AttributeTarget[] AttributeTargets = [];

    /// <summary>
    /// The function object direct calls of this code found in the callee's global when they were
    /// resolved (null until then). A call site compares the callee with it first, one compare
    /// instead of the type and code checks those calls fall back to for other functions with this code.
    /// </summary>
    public PyFunction? Function;

    /// <summary>The compiled body, taking its parameters as values; set once lowering finishes.</summary>
    public DynamicMethod? Body;

    /// <summary>
    /// The compiled body taking and returning <c>long</c>s, if the code has one (see
    /// <see cref="LongEntry"/>): lowered with the body for a function that calls itself, else
    /// when a compiled caller first calls it directly.
    /// </summary>
    public DynamicMethod? LongBody;

    /// <summary>The direct calls a long entry is lowered with, while the code qualifies for one that is not lowered yet.</summary>
    public DirectCalls? LongEntryCalls;

    /// <summary>Where the long entry leaves a result that is not a small int, for the caller it returned <see cref="LongEntry.NotSmallInt"/> to.</summary>
    public Value BoxedResult;

    /// <summary>The builtins dict the code reads names from, at the entries they had at compile time (valid while both dicts' keys versions hold).</summary>
    public PyDict? BuiltinsDict;

    /// <summary>Where UNPACK_SEQUENCE copies a list's items on their way into locals.</summary>
    public Value[] Scratch = [];

    /// <summary>
    /// On-stack replacement: the VM entry leaves the frame window and the loop header here for the
    /// body's prologue, which takes them (and clears <see cref="OsrPc"/>) before anything else runs,
    /// so the body's signature stays free for its parameters.
    /// </summary>
    public Value[]? OsrStack;
    public int OsrBase;
    public int OsrPc;
}
