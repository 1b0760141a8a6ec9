using System.Reflection.Emit;

namespace Viper.IlJit.Lowering;

/// <summary>
/// A call compiled code makes directly once a guard on a target holds: a method for a receiver's
/// class (<see cref="MethodTarget"/>) or the <c>__init__</c> of a class called (<see cref="ClassTarget"/>).
/// </summary>
/// <param name="TargetIndex">Index into the caller's targets of that kind (<see cref="JitClosure.MethodTargets"/> or <see cref="JitClosure.ClassTargets"/>).</param>
/// <param name="Body">The callee's compiled body, taking the receiver or new instance and the arguments as values.</param>
/// <param name="ClosureIndex">Index into the caller's callee closures, or -1 for the caller itself.</param>
internal sealed record TargetedCallee(int TargetIndex, DynamicMethod Body, int ClosureIndex);
