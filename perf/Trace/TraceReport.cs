using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace Viper.Perf.Trace;

/// <summary>The tables <c>viper-perf trace</c> prints from one event-pipe trace.</summary>
internal static class TraceReport
{
    /// <summary>How many frames of an allocating stack name it.</summary>
    private const int StackDepth = 3;

    public static void Print(string tracePath, int top)
    {
        using var log = new TraceLog(TraceLog.CreateFromEventPipeDataFile(tracePath));
        var bytesByType = new Dictionary<string, long>();
        var bytesByStack = new Dictionary<string, long>();
        var jitStarts = new Dictionary<long, JitStart>();
        var jitByKind = new Dictionary<string, JitTotal>();
        var pythonFunctions = new List<JitTotal>();
        long allocated = 0;
        foreach (var data in log.Events)
        {
            switch (data)
            {
                case GCAllocationTickTraceData tick:
                    allocated += tick.AllocationAmount64;
                    Add(bytesByType, tick.TypeName ?? "?", tick.AllocationAmount64);
                    Add(bytesByStack, $"{tick.TypeName} <- {StackOf(tick.CallStack())}", tick.AllocationAmount64);
                    break;
                case MethodJittingStartedTraceData started:
                    jitStarts[started.MethodID] = new JitStart(started.TimeStampRelativeMSec, started.MethodNamespace, started.MethodName, started.ThreadID);
                    break;
                case MethodLoadUnloadVerboseTraceData loaded when jitStarts.Remove(loaded.MethodID, out var start):
                    var milliseconds = loaded.TimeStampRelativeMSec - start.Milliseconds;
                    var dynamic = (loaded.MethodFlags & MethodFlags.Dynamic) != 0;
                    var kind = $"thread {start.Thread}, {loaded.OptimizationTier}{(dynamic ? ", CIL tier's methods" : "")}";
                    jitByKind[kind] = jitByKind.TryGetValue(kind, out var total) ? total.Plus(milliseconds) : new JitTotal(kind, milliseconds, 1, 0);
                    if (dynamic)
                    {
                        pythonFunctions.Add(new JitTotal(start.Name, milliseconds, 1, loaded.MethodSize));
                    }

                    break;
            }
        }

        Console.WriteLine($"\nallocated: {allocated / 1e6:F1} MB (sampled about every 100 KB)");
        PrintBytes(bytesByType, allocated, top);
        Console.WriteLine("\nallocations by the stack that made them:");
        PrintBytes(bytesByStack, allocated, top);
        Console.WriteLine("\n.NET JIT compilation, by thread and tier (wall time between start and end, so a preempted compile counts whole):");
        foreach (var entry in jitByKind.Values.OrderByDescending(e => e.Milliseconds))
        {
            Console.WriteLine($"  {entry.Milliseconds,9:F1} ms {entry.Count,6} methods  {entry.Name}");
        }

        Console.WriteLine($"\nthe CIL tier's methods .NET took longest over ({pythonFunctions.Sum(f => f.NativeBytes)} bytes of machine code in all):");
        foreach (var function in pythonFunctions.OrderByDescending(f => f.Milliseconds).Take(top))
        {
            Console.WriteLine($"  {function.Milliseconds,9:F2} ms {function.NativeBytes,8} bytes  {function.Name}");
        }
    }

    private static void Add(Dictionary<string, long> totals, string key, long bytes) =>
        totals[key] = totals.GetValueOrDefault(key) + bytes;

    private static void PrintBytes(Dictionary<string, long> totals, long allocated, int top)
    {
        foreach (var (name, bytes) in totals.OrderByDescending(entry => entry.Value).Take(top))
        {
            Console.WriteLine($"  {bytes / 1e6,9:F1} MB {100.0 * bytes / Math.Max(allocated, 1),5:F1}%  {name}");
        }
    }

    private static string StackOf(TraceCallStack? stack)
    {
        var frames = new List<string>();
        for (; stack is not null && frames.Count < StackDepth; stack = stack.Caller)
        {
            var name = stack.CodeAddress.FullMethodName;
            frames.Add(string.IsNullOrEmpty(name) ? $"{stack.CodeAddress.ModuleName}!?" : ShortName(name));
        }

        return string.Join(" <- ", frames);
    }

    /// <summary>A method's type and name, without its parameter list.</summary>
    private static string ShortName(string fullName)
    {
        var parameters = fullName.IndexOf('(', StringComparison.Ordinal);
        return parameters < 0 ? fullName : fullName[..parameters];
    }

    private sealed record JitStart(double Milliseconds, string Namespace, string Method, int Thread)
    {
        public string Name => $"{Namespace}::{Method}";
    }

    private sealed record JitTotal(string Name, double Milliseconds, int Count, long NativeBytes)
    {
        public JitTotal Plus(double milliseconds) => this with { Milliseconds = Milliseconds + milliseconds, Count = Count + 1 };
    }
}
