namespace Viper.Perf.Harness;

/// <summary>
/// How long a benchmark runs untimed before its samples: at least <see cref="Calls"/> calls and at
/// least <see cref="Seconds"/> of them. The time floor matters for Viper: .NET compiles the VM's
/// dispatch loop to optimized code in the background a little after it gets hot, and a cheap
/// benchmark can finish a fixed number of calls before that happens. CPython is warmed the same way.
/// </summary>
internal sealed record Warmup(int Calls, double Seconds)
{
    public bool IsDone(int calls, double elapsedSeconds) => calls >= Calls && elapsedSeconds >= Seconds;
}
