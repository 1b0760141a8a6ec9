using System.Globalization;

namespace Viper.Perf.Startup;

/// <summary>The <c>startup</c> subcommand's command line.</summary>
internal sealed record StartupOptions
{
    public int Runs { get; private set; } = 20;

    /// <summary>viper executables to time, interleaved with each other too; empty means publish one.</summary>
    public List<string> Vipers { get; } = [];

    public string CPython { get; private set; } = "python3";

    public static StartupOptions Parse(IReadOnlyList<string> args)
    {
        var options = new StartupOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--runs":
                    options.Runs = int.TryParse(Next(), CultureInfo.InvariantCulture, out var runs) && runs > 0
                        ? runs
                        : throw new ArgumentException("--runs needs a positive number");
                    break;
                case "--viper":
                    options.Vipers.Add(Next());
                    break;
                case "--cpython":
                    options.CPython = Next();
                    break;
                default:
                    throw new ArgumentException($"unknown startup option {args[i]}");
            }
        }

        return options;
    }
}
