using System.Diagnostics;
using Viper.Runtime.Builtins;
using Viper.Runtime.Hosting;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Modules;

public static class TimeModule
{
    public static PyModule Create(PythonRuntime runtime)
    {
        var dict = new PyDict();
        dict.SetItem("__name__", Value.FromString("time"));
        Add(dict, "time", () => Value.FromFloat(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0 + (DateTime.UtcNow.Ticks % 10_000) / 1e7));
        Add(dict, "time_ns", () => Value.FromInt((DateTime.UtcNow.Ticks - DateTime.UnixEpoch.Ticks) * 100));
        Add(dict, "perf_counter", () => Value.FromFloat(Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency));
        Add(dict, "perf_counter_ns", () => Value.FromInt((long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency))));
        Add(dict, "monotonic", () => Value.FromFloat(Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency));
        Add(dict, "monotonic_ns", () => Value.FromInt((long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency))));
        Add(dict, "process_time", () => Value.FromFloat(Environment.CpuUsage.TotalTime.Ticks / 1e7));
        Add(dict, "process_time_ns", () => Value.FromInt(Environment.CpuUsage.TotalTime.Ticks * 100));
        dict.SetItem("sleep", Value.FromObject(new PyBuiltinFunction("sleep", (vm, args) =>
        {
            ArgumentCheck.Exactly(args, "sleep", 1);
            if (!Numbers.TryGetDouble(args[0], out var seconds))
            {
                throw Errors.PyErrors.TypeError($"'{TypeNames.Of(args[0])}' object cannot be interpreted as an integer");
            }

            if (seconds < 0)
            {
                throw Errors.PyErrors.ValueError("sleep length must be non-negative");
            }

            Thread.Sleep(TimeSpan.FromSeconds(seconds));
            return Value.None;
        })));
        return new PyModule("time", dict);
    }

    private static void Add(PyDict dict, string name, Func<Value> body) =>
        dict.SetItem(name, Value.FromObject(new PyBuiltinFunction(name, (vm, args) =>
        {
            ArgumentCheck.Range(args, "time." + name, 0, 0);
            return body();
        })));
}
