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
            ArgumentCheck.Exactly(args, "time.sleep", 1);
            vm.SleepInterruptibly(SleepDuration(args[0]));
            return Value.None;
        })));
        return new PyModule("time", dict);
    }

    /// <summary>
    /// CPython converts the seconds to a signed 64-bit count of nanoseconds (a float rounded away
    /// from zero) before it looks at the sign, so a huge negative length is an OverflowError too.
    /// </summary>
    private static TimeSpan SleepDuration(Value seconds)
    {
        long nanoseconds;
        switch (Numbers.Classify(seconds, out var small, out _, out var real))
        {
            case NumberKind.Float:
                if (double.IsNaN(real))
                {
                    throw Errors.PyErrors.ValueError("Invalid value NaN (not a number)");
                }

                var scaled = real * 1e9;
                scaled = scaled >= 0 ? Math.Ceiling(scaled) : Math.Floor(scaled);
                if (!(scaled >= long.MinValue && scaled < -(double)long.MinValue))
                {
                    throw Errors.PyErrors.Overflow("timestamp out of range for platform time_t");
                }

                nanoseconds = (long)scaled;
                break;
            case NumberKind.Small when small is >= long.MinValue / 1_000_000_000 and <= long.MaxValue / 1_000_000_000:
                nanoseconds = small * 1_000_000_000;
                break;
            case NumberKind.Small or NumberKind.Big:
                throw Errors.PyErrors.Overflow("timestamp too large to convert to C _PyTime_t");
            default:
                throw Errors.PyErrors.TypeError($"'{TypeNames.Of(seconds)}' object cannot be interpreted as an integer");
        }

        if (nanoseconds < 0)
        {
            throw Errors.PyErrors.ValueError("sleep length must be non-negative");
        }

        // Rounded up to .NET's 100 ns ticks, as CPython rounds a timeout up.
        return TimeSpan.FromTicks(nanoseconds / 100 + (nanoseconds % 100 == 0 ? 0 : 1));
    }

    private static void Add(PyDict dict, string name, Func<Value> body) =>
        dict.SetItem(name, Value.FromObject(new PyBuiltinFunction(name, (vm, args) =>
        {
            ArgumentCheck.Range(args, "time." + name, 0, 0);
            return body();
        })));
}
