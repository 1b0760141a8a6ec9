using Viper.Bytecode.Compiler;
using Viper.Runtime.Hosting;

namespace Viper.Tests;

/// <summary>Runs a Python program in-process the way <c>viper prog.py</c> would, capturing its streams.</summary>
public sealed record ProgramRun(string Stdout, string Stderr, int ExitCode)
{
    /// <summary>Runs a program file; like the CLI, it is named by its full path and argv[0] is its bare name.</summary>
    public static ProgramRun Run(string path, CompilerOptions options, TimeSpan timeout)
    {
        var fullPath = Path.GetFullPath(path);
        return RunSource(File.ReadAllText(fullPath), fullPath, Path.GetFileName(fullPath), Path.GetDirectoryName(fullPath)!, options, timeout);
    }

    private static ProgramRun RunSource(string source, string fileName, string argv0, string directory, CompilerOptions options, TimeSpan timeout)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var runtime = new PythonRuntime(new RuntimeOptions { Compiler = options, Argv = [argv0] }, stdout, stderr);
        runtime.Modules.SearchPath.Add(directory);
        var run = Task.Run(() => ScriptHost.RunSource(runtime, source, fileName, fromFile: true));
        if (!run.Wait(timeout))
        {
            throw new TimeoutException($"{fileName} did not finish within {timeout.TotalSeconds} s");
        }

        return new ProgramRun(stdout.ToString(), stderr.ToString(), run.Result);
    }
}
