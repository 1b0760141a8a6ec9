using Viper.Frontend.Diagnostics;
using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Hosting;

/// <summary>
/// Runs a program as the <c>viper</c> command does: compiles it, runs it as <c>__main__</c>, and
/// turns what escapes into CPython's stderr output and exit status (0, 1 for an uncaught exception
/// or syntax error, or the code given to <c>sys.exit</c>). Nothing a program does may surface as a
/// .NET exception.
/// </summary>
public static class ScriptHost
{
    /// <summary>Python code runs on a thread with a large stack so deep recursion limits are safe in C# code that recurses.</summary>
    private const int InterpreterStackBytes = 512 * 1024 * 1024;

    /// <summary>Runs a program as <c>__main__</c>; <paramref name="fromFile"/> is false for <c>-c</c> and stdin.</summary>
    public static int RunSource(PythonRuntime runtime, string source, string fileName, bool fromFile = false)
    {
        var exitCode = 0;
        var thread = new Thread(() => exitCode = RunOnThisThread(runtime, source, fileName, fromFile), InterpreterStackBytes);
        thread.Start();
        thread.Join();
        return exitCode;
    }

    private static int RunOnThisThread(PythonRuntime runtime, string source, string fileName, bool fromFile)
    {
        int exitCode;
        try
        {
            var code = runtime.Compile(source, fileName, fromFile: fromFile);
            var globals = runtime.NewMainGlobals(fileName);
            runtime.Modules.Register(new PyModule("__main__", globals, fileName));
            runtime.Interpreter.RunModule(code, globals);
            exitCode = 0;
        }
        catch (Exception error)
        {
            exitCode = Report(runtime, error, fileName);
        }
        finally
        {
            foreach (var file in runtime.OpenFiles)
            {
                file.Close();
            }
        }

        return FlushAtExit(runtime, exitCode);
    }

    /// <summary>
    /// Writes out what the program left buffered. A failure there (a full disk) is reported as
    /// CPython reports its own at shutdown, which exits with status 120.
    /// </summary>
    private static int FlushAtExit(PythonRuntime runtime, int exitCode)
    {
        try
        {
            runtime.Output.Flush();
        }
        catch (PythonException error)
        {
            runtime.ErrorOutput.Write($"Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n{error.Value.Summary}\n");
            exitCode = 120;
        }

        try
        {
            runtime.ErrorOutput.Flush();
        }
        catch (PythonException)
        {
            // Nowhere is left to report that standard error cannot be written.
        }

        return exitCode;
    }

    /// <summary>Prints what escaped a program and returns the exit status CPython would.</summary>
    public static int Report(PythonRuntime runtime, Exception error, string fileName)
    {
        try
        {
            runtime.Output.Flush();
        }
        catch (PythonException)
        {
            // Standard output cannot be written (a full disk): the report goes to standard error all the same.
        }

        var printer = new TracebackPrinter(runtime.Sources);
        switch (error)
        {
            case PythonException exit when exit.Value.Type.IsSubtypeOf(ExceptionTypes.SystemExit):
                return ExitStatus(runtime, exit.Value);
            case PythonException python:
                runtime.ErrorOutput.Write(printer.Format(python.Value));
                runtime.EndedByKeyboardInterrupt = python.Value.Type.IsSubtypeOf(ExceptionTypes.KeyboardInterrupt);
                return 1;
            case PythonSyntaxError syntax:
                runtime.ErrorOutput.Write(printer.Format(syntax, fileName));
                return 1;
            case CompilationLimitError limit:
                runtime.ErrorOutput.Write(limit.Describe() + "\n");
                return 1;
            default:
                runtime.ErrorOutput.Write($"SystemError: internal error in Viper: {error.GetType().Name}: {error.Message}\n");
                return 1;
        }
    }

    /// <summary><c>SystemExit</c>: None exits 0, an int exits with it, anything else is printed and exits 1.</summary>
    private static int ExitStatus(PythonRuntime runtime, PyBaseException exit)
    {
        var code = exit.Args.Length switch
        {
            0 => Value.None,
            1 => exit.Args[0],
            _ => Value.FromObject(new PyTuple(exit.Args)),
        };
        if (code.IsNone)
        {
            return 0;
        }

        if (Numbers.IsInteger(code) && Numbers.TryGetBigInteger(code, out var status))
        {
            return (int)(status & 0xFF);
        }

        runtime.ErrorOutput.Write(Repr.Str(code) + "\n");
        return 1;
    }
}
