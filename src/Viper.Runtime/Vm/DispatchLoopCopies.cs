namespace Viper.Runtime.Vm;

/// <summary>
/// The dispatch loop (<c>Interpreter.Execute</c>) exists as two compiled copies, one per type
/// argument. The published <c>viper</c> precompiles <see cref="PrecompiledLoop"/>'s (ReadyToRun),
/// which runs well from the first instruction; but .NET never recompiles it within a run (the loop
/// is entered too seldom to reach the tiering's call count), so it stays without the profile-guided
/// optimization the rest of the runtime gets. <see cref="TieredLoop"/>'s copy is referenced only
/// through reflection (<c>Interpreter.TieredDispatchLoop</c>), so the precompiler never sees it: it
/// is JIT-compiled at run time, at tier 0 first (a few milliseconds), and a long-running loop moves
/// to optimized code with its profile by on-stack replacement. That pays off when the VM runs the
/// whole program (<c>--tier interp</c>: 14% off the thirteen programs' time, 35% off fannkuch's)
/// and costs the default tier, whose VM runs only cold code, the compile of the optimized loop (5%
/// on the same programs); see docs/performance.md, "the VM's dispatch loop JIT-compiled and tiered
/// for --tier interp".
/// </summary>
internal static class DispatchLoopCopies
{
    internal struct PrecompiledLoop;

    internal struct TieredLoop;
}
