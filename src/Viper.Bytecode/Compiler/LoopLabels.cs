namespace Viper.Bytecode.Compiler;

/// <summary>
/// Where <c>break</c> and <c>continue</c> jump inside the innermost loop being compiled, and how
/// many try-statement cleanups were in force at the loop (the ones above it run on the way out).
/// A class, so the compiler's stack of them shares the framework's precompiled code for references
/// instead of JIT-compiling a stack of this struct at every start.
/// </summary>
internal sealed record LoopLabels(int Break, int Continue, int CleanupDepth);
