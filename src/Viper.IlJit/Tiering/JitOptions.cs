namespace Viper.IlJit.Tiering;

/// <summary>How the JIT tier behaves: when code is hot, and what it reports on stderr.</summary>
public sealed record JitOptions
{
    /// <summary>Calls before a function is compiled.</summary>
    public int CallThreshold { get; init; } = 32;

    /// <summary>Loop back-edges before a running frame's code is compiled and entered at its loop header.</summary>
    public int BackEdgeThreshold { get; init; } = 1000;

    /// <summary>Print each compiled body's CIL (<c>--dump-il</c>).</summary>
    public bool DumpIl { get; init; }

    /// <summary>Report each function compiled or refused, and why (<c>--jit-stats</c>).</summary>
    public bool Stats { get; init; }

    /// <summary>
    /// Let .NET compile lowered code on a background thread and install it when that is done; the
    /// VM runs the code meanwhile. Off, compiled code is installed at once and .NET compiles it on
    /// its first call (what <c>--tier jit</c> wants: everything compiled before it first runs).
    /// </summary>
    public bool InstallInBackground { get; init; }

    /// <summary><c>--tier jit</c>: compile every code object before its first run.</summary>
    public static JitOptions Eager => new() { CallThreshold = 1, BackEdgeThreshold = 1 };
}
