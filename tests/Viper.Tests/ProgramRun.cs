using Viper.Bytecode.Compiler;
using Viper.Cli;
using Viper.Runtime.Hosting;

namespace Viper.Tests;

/// <summary>Runs a Python program in-process the way <c>viper prog.py</c> would, capturing its streams.</summary>
public sealed record ProgramRun(string Stdout, string Stderr, int ExitCode)
{
    /// <summary>Runs a program file; like the CLI, it is named by its full path and argv[0] is its bare name.</summary>
    public static ProgramRun Run(string path, CompilerOptions options, TimeSpan timeout, Tier? tier = null)
    {
        var fullPath = Path.GetFullPath(path);
        return RunSource(File.ReadAllText(fullPath), fullPath, Path.GetFileName(fullPath), Path.GetDirectoryName(fullPath)!, options, timeout, tier ?? Tier.Interp);
    }

    private static ProgramRun RunSource(string source, string fileName, string argv0, string directory, CompilerOptions options, TimeSpan timeout, Tier tier)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var runtime = new PythonRuntime(new RuntimeOptions { Compiler = options, Argv = [argv0] }, stdout, stderr);
        runtime.Interpreter.TierHook = LazyJitHook.ForTier(tier.Name, tier.Threshold, tier.DumpIl, tier.Stats, runtime);
        runtime.Modules.AddSearchDirectory(directory);
        var run = Task.Run(() => ScriptHost.RunSource(runtime, source, fileName, fromFile: true));
        if (!run.Wait(timeout))
        {
            throw new TimeoutException($"{fileName} did not finish within {timeout.TotalSeconds} s");
        }

        return new ProgramRun(stdout.ToString(), stderr.ToString(), run.Result);
    }
}

/// <summary>A <c>--tier</c> (and <c>--jit-threshold</c>, <c>--dump-il</c>, <c>--jit-stats</c>) to run a program in.</summary>
public sealed record Tier(string Name, int? Threshold = null, bool DumpIl = false, bool Stats = false)
{
    public static Tier Interp { get; } = new("interp");

    /// <summary><c>--tier jit</c>: everything compiled before it first runs.</summary>
    public static Tier Jit { get; } = new("jit");

    /// <summary><c>--tier auto --jit-threshold 1</c>: everything tiers up at once, loops through on-stack replacement.</summary>
    public static Tier AutoAtOnce { get; } = new("auto", 1);

    public override string ToString() => Threshold is { } threshold ? $"{Name}, threshold {threshold}" : Name;
}
