namespace Viper.Perf.Harness;

/// <summary>The harness's command line.</summary>
internal sealed record PerfOptions
{
    public const string Usage = """
        usage: dotnet run -c Release --project perf -- [options]
               dotnet run -c Release --project perf -- micro [BenchmarkDotNet options]
               dotnet run -c Release --project perf -- startup [--runs N] [--viper PATH]... [--cpython PATH]
               dotnet run -c Release --project perf -- trace [--viper PATH] [--top N] SCRIPT [ARGS...]

          micro             run the micro-benchmark suites (lexer, parser, compiler, VM loop and call)
                            with BenchmarkDotNet, e.g. micro --filter '*Lexer*' --job short
          startup           time `-c pass` as whole processes, viper against CPython with and without
                            its site module (-S), interleaved
                            (default 20 runs each); viper is published (Release, ReadyToRun) into
                            perf/bin/published-viper unless --viper names one or more
          trace             run one script under viper with .NET's event pipe on and report its
                            allocations (by type and by allocating stack) and .NET's JIT
                            compilation (by thread and tier, and the CIL tier's slowest methods)

          --bench NAME      run only this benchmark (repeatable; default: all)
          --tier TIER       interp, jit or auto (repeatable; default: every tier Viper has)
          --reps N          timed calls per benchmark and round (default 50)
          --rounds N        rounds, alternating Viper and CPython (default 3)
          --warmup N        untimed calls first, so both interpreters reach their steady state (default 200)
          --warmup-seconds S  and at least this long (default 0.5)
          --cpython PATH    a CPython to compare with (repeatable; default: python3)
          --no-cpython      time Viper only
          --startup-runs N  interleaved `-c pass` runs timing start-up, published viper against
                            each CPython's own binary, with and without -S (default 20; 0 skips it)
          --json FILE       also write the results as JSON
          -h, --help        this text

        usage: dotnet run -c Release --project perf -- programs [options]

        times each program in perf/programs as a whole process, start-up included: the viper
        command against each CPython, runs interleaved, median wall time, outputs compared

          --program NAME    run only this program (repeatable; default: all)
          --runs N          runs per program and interpreter (default 5)
          --viper PATH      the viper command (default: src/Viper.Cli published ReadyToRun, as users
                            install it)
          --cpython PATH    a CPython to compare with (repeatable; default: python3, resolved to
                            its real binary so a pyenv shim's start-up is not counted)
        """;

    public List<string> Benchmarks { get; } = [];

    public List<string> Tiers { get; } = [];

    public List<string> CPythons { get; } = [];

    public int Reps { get; private set; } = 50;

    public int Rounds { get; private set; } = 3;

    public Warmup Warmup { get; private set; } = new(200, 0.5);

    public bool NoCPython { get; private set; }

    public int StartupRuns { get; private set; } = 20;

    public string? JsonPath { get; private set; }

    public bool Help { get; private set; }

    public static PerfOptions Parse(string[] args)
    {
        var options = new PerfOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--bench":
                    options.Benchmarks.Add(Next());
                    break;
                case "--tier":
                    options.Tiers.Add(Next());
                    break;
                case "--cpython":
                    options.CPythons.Add(Next());
                    break;
                case "--reps":
                    options.Reps = PositiveInt(Next(), "--reps");
                    break;
                case "--rounds":
                    options.Rounds = PositiveInt(Next(), "--rounds");
                    break;
                case "--warmup":
                    options.Warmup = options.Warmup with { Calls = int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture) };
                    break;
                case "--warmup-seconds":
                    options.Warmup = options.Warmup with { Seconds = double.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture) };
                    break;
                case "--startup-runs":
                    options.StartupRuns = int.TryParse(Next(), out var runs) && runs >= 0 ? runs : throw new ArgumentException("--startup-runs needs a number");
                    break;
                case "--no-cpython":
                    options.NoCPython = true;
                    break;
                case "--json":
                    options.JsonPath = Next();
                    break;
                case "-h" or "--help":
                    options.Help = true;
                    break;
                default:
                    throw new ArgumentException($"unknown option {args[i]}");
            }
        }

        return options;
    }

    private static int PositiveInt(string text, string option) =>
        int.TryParse(text, out var value) && value > 0 ? value : throw new ArgumentException($"{option} needs a positive number");
}
