using Viper.Frontend.Diagnostics;
using Viper.Runtime.Hosting;
using Viper.Runtime.Objects;

namespace Viper.Cli;

/// <summary>
/// The interactive prompt, on the same compiler and VM as scripts. Like CPython's: <c>&gt;&gt;&gt; </c> for a
/// new statement, <c>... </c> while it continues; a compound statement ends at an empty line;
/// expression results echo their repr; an error prints its traceback and the session goes on.
/// </summary>
internal sealed class Repl(PythonRuntime runtime, TextReader input)
{
    private const string FileName = "<stdin>";

    public int Run()
    {
        var globals = runtime.NewModuleGlobals("__main__", null);
        runtime.Modules.Register(new PyModule("__main__", globals));
        var exitCode = 0;
        var thread = new Thread(() => exitCode = Loop(globals), 512 * 1024 * 1024);
        thread.Start();
        thread.Join();
        return exitCode;
    }

    private int Loop(PyDict globals)
    {
        while (true)
        {
            var source = ReadStatement();
            if (source is null)
            {
                runtime.Output.Write('\n');
                runtime.Output.Flush();
                return 0;
            }

            if (source.Trim().Length == 0)
            {
                continue;
            }

            try
            {
                var code = runtime.Compile(source, FileName, interactive: true);
                runtime.Interpreter.RunModule(code, globals);
            }
            catch (Exception error)
            {
                if (error is Runtime.Errors.PythonException { Value.Type.Name: "SystemExit" })
                {
                    return ScriptHost.Report(runtime, error, FileName);
                }

                ScriptHost.Report(runtime, error, FileName);
            }

            runtime.Output.Flush();
        }
    }

    /// <summary>Reads lines until they form a complete statement; null at end of input.</summary>
    private string? ReadStatement()
    {
        var lines = new List<string>();
        while (true)
        {
            runtime.Output.Write(lines.Count == 0 ? ">>> " : "... ");
            runtime.Output.Flush();
            var line = input.ReadLine();
            if (line is null)
            {
                return lines.Count == 0 ? null : string.Join('\n', lines) + "\n";
            }

            if (lines.Count > 0 && line.Trim().Length == 0)
            {
                return string.Join('\n', lines) + "\n";
            }

            lines.Add(line);
            var source = string.Join('\n', lines) + "\n";
            if (lines.Count == 1 && !OpensBlock(line) && !IsIncomplete(source))
            {
                return source;
            }

            if (lines.Count > 1 && !IsIncomplete(source) && !OpensBlock(lines[0]))
            {
                return source;
            }
        }
    }

    private static bool OpensBlock(string line) => line.TrimEnd().EndsWith(':') || line.StartsWith('@');

    private static bool IsIncomplete(string source)
    {
        try
        {
            Frontend.Parsing.Parser.ParseModule(source, FileName);
            return false;
        }
        catch (PythonSyntaxError error)
        {
            return error.IsIncompleteInput;
        }
    }
}
