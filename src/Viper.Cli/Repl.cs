using Viper.Frontend.Diagnostics;
using Viper.Runtime.Errors;
using Viper.Runtime.Hosting;
using Viper.Runtime.Objects;

namespace Viper.Cli;

/// <summary>
/// The interactive prompt, on the same compiler and VM as scripts. Like CPython's: <c>&gt;&gt;&gt; </c> for a
/// new statement, <c>... </c> while it continues (both on stderr); a compound statement ends at an empty line;
/// expression results echo their repr; an error prints its traceback and the session goes on.
/// </summary>
internal sealed class Repl(PythonRuntime runtime, TextReader input)
{
    private const string FileName = "<stdin>";

    public int Run()
    {
        var globals = runtime.NewMainGlobals(null);
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
            string? source;
            try
            {
                source = ReadStatement();
            }
            catch (PythonException error) when (error.Value.Type.IsSubtypeOf(ExceptionTypes.KeyboardInterrupt))
            {
                // Ctrl-C at a prompt drops the statement being typed, as CPython's prompt does.
                runtime.ErrorOutput.Write("\nKeyboardInterrupt\n");
                continue;
            }

            if (source is null)
            {
                runtime.ErrorOutput.Write('\n');
                runtime.ErrorOutput.Flush();
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
                if (error is PythonException { Value.Type.Name: "SystemExit" })
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
            // CPython writes its prompts to stderr, after what the program printed.
            runtime.Output.Flush();
            runtime.ErrorOutput.Write(lines.Count == 0 ? ">>> " : "... ");
            runtime.ErrorOutput.Flush();
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
            switch (Classify(source))
            {
                case InputState.Invalid:
                    return source;
                case InputState.Complete when !OpensBlock(lines[0]):
                    return source;
            }
        }
    }

    private enum InputState
    {
        Complete,
        Incomplete,
        Invalid,
    }

    // A compound statement may always take another line, so only an empty line ends it.
    private static bool OpensBlock(string line) => line.TrimEnd().EndsWith(':') || line.StartsWith('@');

    private static InputState Classify(string source)
    {
        try
        {
            Frontend.Parsing.Parser.ParseModule(source, FileName);
            return InputState.Complete;
        }
        catch (PythonSyntaxError error)
        {
            return error.IsIncompleteInput ? InputState.Incomplete : InputState.Invalid;
        }
        catch (CompilationLimitError)
        {
            return InputState.Invalid;
        }
    }
}
