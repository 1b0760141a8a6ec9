using Viper.Bytecode.Compiler;
using Viper.Runtime.Hosting;

namespace Viper.Tests;

/// <summary>Runs a Python program in-process the way <c>viper prog.py</c> would, capturing its streams.</summary>
public sealed record ProgramRun(string Stdout, string Stderr, int ExitCode)
{
    public string LastStderrLine => Stderr.Split('\n').LastOrDefault(line => line.Length > 0) ?? "";

    public static ProgramRun Run(string path, CompilerOptions options, TimeSpan timeout) =>
        RunSource(File.ReadAllText(path), Path.GetFileName(path), Path.GetDirectoryName(path)!, options, timeout);

    public static ProgramRun RunSource(string source, string fileName, string directory, CompilerOptions options, TimeSpan timeout)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var runtime = new PythonRuntime(new RuntimeOptions { Compiler = options, Argv = [fileName] }, stdout, stderr);
        runtime.Modules.SearchPath.Add(directory);
        var run = Task.Run(() => ScriptHost.RunSource(runtime, source, fileName));
        if (!run.Wait(timeout))
        {
            throw new TimeoutException($"{fileName} did not finish within {timeout.TotalSeconds} s");
        }

        return new ProgramRun(stdout.ToString(), stderr.ToString(), run.Result);
    }
}
