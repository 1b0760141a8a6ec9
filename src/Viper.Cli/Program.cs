using System.Text;
using Viper.Bytecode.Compiler;
using Viper.Runtime.Hosting;

namespace Viper.Cli;

public static class Program
{
    public const string Version = "Viper 0.1.0 (Python 3.11 semantics)";

    public static int Main(string[] args)
    {
        var commandLine = CommandLine.Parse(args);
        if (commandLine.Error is not null)
        {
            Console.Error.WriteLine($"viper: {commandLine.Error}");
            Console.Error.WriteLine("usage: viper [option] ... [-c cmd | file | -] [arg] ...");
            return 2;
        }

        if (commandLine.ShowHelp)
        {
            Console.Out.WriteLine(CommandLine.Usage);
            return 0;
        }

        if (commandLine.ShowVersion)
        {
            Console.Out.WriteLine(Version);
            return 0;
        }

        // Encoding.Default is UTF-8 without a byte order mark on .NET; naming UTF8Encoding instead
        // would load the System.Text.Encoding.Extensions facade on every start.
        var stdout = new StreamWriter(StandardOutputStream.Open(1), Encoding.Default, 1 << 16) { AutoFlush = false, NewLine = "\n" };
        var stderr = new StreamWriter(StandardOutputStream.Open(2), Encoding.Default, 1 << 12) { AutoFlush = true, NewLine = "\n" };
        try
        {
            return Run(commandLine, stdout, stderr);
        }
        finally
        {
            stdout.Flush();
        }
    }

    private static int Run(CommandLine commandLine, StreamWriter stdout, StreamWriter stderr)
    {
        var options = new RuntimeOptions
        {
            Compiler = new CompilerOptions { Optimize = commandLine.Optimize },
            DumpBytecode = commandLine.DumpBytecode,
            Argv = commandLine.ScriptArguments.Count > 0 ? commandLine.ScriptArguments : [""],
        };
        var runtime = new PythonRuntime(options, stdout, stderr);
        runtime.Interpreter.TierHook = LazyJitHook.ForTier(commandLine.Tier, commandLine.JitThreshold, commandLine.DumpIl, commandLine.JitStats, runtime);
        using var interruptSignal = new InterruptSignal(runtime.Interpreter);

        // input() reads standard input, unless standard input is the program itself (`viper < script.py`).
        if (commandLine.Command is not null || commandLine.ScriptPath is not null || !Console.IsInputRedirected || commandLine.Interactive)
        {
            runtime.Input = new InterruptibleInput(new DeferredConsoleInput(), runtime.Interpreter);
        }

        // As in CPython, `-c`, standard input and the REPL search the current directory through an
        // empty first entry of sys.path, read at each import; a script searches its own directory.
        if (commandLine.Command is not null)
        {
            runtime.Modules.AddSearchDirectory(string.Empty);
            return FinishOrInspect(commandLine, runtime, interruptSignal, ScriptHost.RunSource(runtime, commandLine.Command, "<string>"));
        }

        if (commandLine.ScriptPath is not null)
        {
            string source;
            try
            {
                source = PythonRuntime.ReadSource(commandLine.ScriptPath);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                var reason = error is FileNotFoundException or DirectoryNotFoundException ? "[Errno 2] No such file or directory" : error.Message;
                stderr.WriteLine($"viper: can't open file '{Path.GetFullPath(commandLine.ScriptPath)}': {reason}");
                return 2;
            }

            // CPython 3.11 names the main script by its absolute path in tracebacks and __file__.
            var fullPath = Path.GetFullPath(commandLine.ScriptPath);
            runtime.Modules.AddSearchDirectory(Path.GetDirectoryName(fullPath)!);
            return FinishOrInspect(commandLine, runtime, interruptSignal, ScriptHost.RunSource(runtime, source, fullPath, fromFile: true));
        }

        runtime.Modules.AddSearchDirectory(string.Empty);
        if (!Console.IsInputRedirected || commandLine.Interactive)
        {
            return new Repl(runtime, runtime.Input).Run();
        }

        return Finish(runtime, interruptSignal, ScriptHost.RunSource(runtime, Console.In.ReadToEnd(), "<stdin>"));
    }

    private static int FinishOrInspect(CommandLine commandLine, PythonRuntime runtime, InterruptSignal interruptSignal, int exitCode) =>
        commandLine.Interactive ? new Repl(runtime, runtime.Input).Run() : Finish(runtime, interruptSignal, exitCode);

    private static int Finish(PythonRuntime runtime, InterruptSignal interruptSignal, int exitCode)
    {
        if (!runtime.EndedByKeyboardInterrupt)
        {
            return exitCode;
        }

        runtime.Output.Flush();
        runtime.ErrorOutput.Flush();
        return interruptSignal.EndBySignal();
    }
}
