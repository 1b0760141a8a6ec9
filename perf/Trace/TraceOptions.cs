using System.Globalization;

namespace Viper.Perf.Trace;

/// <summary>The <c>trace</c> subcommand's command line: its options, then the script and its arguments.</summary>
internal sealed record TraceOptions
{
    /// <summary>The viper command to trace; null means publish one.</summary>
    public string? Viper { get; private set; }

    /// <summary>How many rows each table shows.</summary>
    public int Top { get; private set; } = 15;

    public string Script { get; private set; } = "";

    public List<string> ScriptArgs { get; } = [];

    public static TraceOptions Parse(IReadOnlyList<string> args)
    {
        var options = new TraceOptions();
        var i = 0;
        for (; i < args.Count && args[i].StartsWith("--", StringComparison.Ordinal); i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--viper":
                    options.Viper = Next();
                    break;
                case "--top":
                    options.Top = int.TryParse(Next(), CultureInfo.InvariantCulture, out var top) && top > 0
                        ? top
                        : throw new ArgumentException("--top needs a positive number");
                    break;
                default:
                    throw new ArgumentException($"unknown trace option {args[i]}");
            }
        }

        if (i == args.Count)
        {
            throw new ArgumentException("trace needs a script to run");
        }

        options.Script = args[i];
        options.ScriptArgs.AddRange(args.Skip(i + 1));
        return options;
    }
}
