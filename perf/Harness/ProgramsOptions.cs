namespace Viper.Perf.Harness;

/// <summary>The <c>programs</c> subcommand's command line (see <see cref="PerfOptions.Usage"/>).</summary>
internal sealed record ProgramsOptions
{
    public List<string> Programs { get; } = [];

    public List<string> CPythons { get; } = [];

    public string? Viper { get; private set; }

    public int Runs { get; private set; } = 5;

    public bool Help { get; private set; }

    public static ProgramsOptions Parse(IReadOnlyList<string> args)
    {
        var options = new ProgramsOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--program":
                    options.Programs.Add(Next());
                    break;
                case "--cpython":
                    options.CPythons.Add(Next());
                    break;
                case "--viper":
                    options.Viper = Next();
                    break;
                case "--runs":
                    var runs = Next();
                    options.Runs = int.TryParse(runs, out var value) && value > 0 ? value : throw new ArgumentException("--runs needs a positive number");
                    break;
                case "-h" or "--help":
                    options.Help = true;
                    break;
                default:
                    throw new ArgumentException($"unknown option {args[i]} for programs");
            }
        }

        return options;
    }
}
