namespace Viper.Bytecode.Compiler;

/// <summary>
/// Where <c>break</c> and <c>continue</c> jump inside the innermost loop being compiled, and how
/// many try-statement cleanups were in force at the loop (the ones above it run on the way out).
/// </summary>
internal readonly record struct LoopLabels(int Break, int Continue, int CleanupDepth);
