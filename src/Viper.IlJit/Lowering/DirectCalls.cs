using System.Reflection.Emit;
using Viper.Bytecode.Code;

namespace Viper.IlJit.Lowering;

/// <summary>
/// The call sites of one code object that call a compiled Python function directly: by CALL
/// offset, the code the callee global held at compile time, and that code's compiled body; by
/// CALL_METHOD offset, the methods the site's cache had found, each guarded on the receiver's class;
/// by CALL offset again, the classes whose instances a call makes with their compiled <c>__init__</c>;
/// and, lowered with them from the same caches, the polymorphic attribute loads' layouts.
/// </summary>
internal sealed class DirectCalls
{
    public Dictionary<int, DirectCallee> Sites { get; } = [];

    public Dictionary<int, List<TargetedCallee>> MethodSites { get; } = [];

    /// <summary>The receivers' classes the method sites are guarded on, in the order of <see cref="TargetedCallee.TargetIndex"/>.</summary>
    public List<MethodTarget> MethodTargets { get; } = [];

    public Dictionary<int, TargetedCallee> Instantiations { get; } = [];

    /// <summary>By LOAD_ATTR offset, for sites that had read instances of several layouts: indices into <see cref="AttributeTargets"/>.</summary>
    public Dictionary<int, List<int>> AttributeSites { get; } = [];

    public List<AttributeTarget> AttributeTargets { get; } = [];

    /// <summary>The classes the instantiations are guarded on, in the order of <see cref="TargetedCallee.TargetIndex"/>.</summary>
    public List<ClassTarget> ClassTargets { get; } = [];

    /// <summary>Closures of the callees, in the order of <see cref="DirectCallee.ClosureIndex"/>.</summary>
    public List<JitClosure> Closures { get; } = [];
}

/// <param name="ClosureIndex">Index into the caller's callee closures, or -1 for a call to itself.</param>
/// <param name="LongBody">The callee's long entry, if it has one.</param>
internal sealed record DirectCallee(CodeObject Code, DynamicMethod Body, int ClosureIndex, DynamicMethod? LongBody);
