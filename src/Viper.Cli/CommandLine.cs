namespace Viper.Cli;

/// <summary>
/// The parsed <c>viper</c> command line. Parsed by hand, like CPython's own, because options end
/// at the script name (everything after it is the script's argv) and because every assembly loaded
/// at start-up costs milliseconds.
/// </summary>
internal sealed record CommandLine
{
    public string? ScriptPath { get; init; }

    public string? Command { get; init; }

    public IReadOnlyList<string> ScriptArguments { get; init; } = [];

    public bool Interactive { get; init; }

    public bool DumpBytecode { get; init; }

    public bool Optimize { get; init; } = true;

    public string Tier { get; init; } = "auto";

    public int? JitThreshold { get; init; }

    public bool DumpIl { get; init; }

    public bool JitStats { get; init; }

    public bool ShowVersion { get; init; }

    public bool ShowHelp { get; init; }

    public string? Error { get; init; }

    public const string Usage = """
        usage: viper [option] ... [-c cmd | file | -] [arg] ...
        Options:
          -c cmd               program passed in as string (terminates option list)
          -i                   inspect interactively after running script (or force the REPL)
          --dump-bytecode      print the disassembly of every code object to stderr
          --no-peephole        compile without the peephole optimizer
          --tier interp|jit|auto
                               execution tier (default auto); interp runs only the bytecode VM
          --jit-threshold N    calls or loop iterations before a function tiers up
          --dump-il            print the CIL of every function the JIT compiles to stderr
          --jit-stats          report each function the JIT compiles or refuses (and why) to stderr
          --version            print the version and exit
          -h, --help           print this help and exit
        file                   program read from script file
        -                      program read from stdin (default; interactive mode if a tty)
        arg ...                arguments passed to program in sys.argv[1:]
        """;

    public static CommandLine Parse(string[] args)
    {
        var result = new CommandLine();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "-c":
                    if (i + 1 >= args.Length)
                    {
                        return result with { Error = "Argument expected for the -c option" };
                    }

                    return result with { Command = args[i + 1], ScriptArguments = ["-c", .. args[(i + 2)..]] };
                case "-i":
                    result = result with { Interactive = true };
                    break;
                case "--dump-bytecode":
                    result = result with { DumpBytecode = true };
                    break;
                case "--no-peephole":
                    result = result with { Optimize = false };
                    break;
                case "--tier":
                    if (i + 1 >= args.Length || args[i + 1] is not ("interp" or "jit" or "auto"))
                    {
                        return result with { Error = "--tier takes one of: interp, jit, auto" };
                    }

                    result = result with { Tier = args[++i] };
                    break;
                case "--jit-threshold":
                    if (i + 1 >= args.Length || !int.TryParse(args[i + 1], out var threshold) || threshold < 1)
                    {
                        return result with { Error = "--jit-threshold takes a positive whole number" };
                    }

                    i++;
                    result = result with { JitThreshold = threshold };
                    break;
                case "--dump-il":
                    result = result with { DumpIl = true };
                    break;
                case "--jit-stats":
                    result = result with { JitStats = true };
                    break;
                case "--version" or "-V":
                    return result with { ShowVersion = true };
                case "--help" or "-h":
                    return result with { ShowHelp = true };
                case "-":
                    return result with { ScriptArguments = ["-", .. args[(i + 1)..]] };
                default:
                    if (arg.StartsWith('-'))
                    {
                        return result with { Error = $"unknown option {arg}" };
                    }

                    return result with { ScriptPath = arg, ScriptArguments = args[i..] };
            }
        }

        return result;
    }
}
