namespace Viper.IlJit.Tiering;

/// <summary>
/// A function the JIT compiled, and how long lowering and emitting it took (what <c>--jit-stats</c>
/// reports). A class rather than a tuple: a list of tuples holding a double is framework generic
/// code ReadyToRun cannot precompile.
/// </summary>
public sealed record CompiledFunction(string Name, double Milliseconds);
