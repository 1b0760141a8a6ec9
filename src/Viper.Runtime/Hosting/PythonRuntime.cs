using System.Text;
using Viper.Bytecode.Code;
using Viper.Bytecode.Compiler;
using Viper.Bytecode.Disassembly;
using Viper.Frontend.Parsing;
using Viper.Frontend.Scopes;
using Viper.Runtime.Builtins;
using Viper.Runtime.Modules;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;
using Viper.Runtime.Vm;

namespace Viper.Runtime.Hosting;

/// <summary>
/// One Python runtime: builtins, loaded modules, standard streams and the main interpreter.
/// Compiles source through the frontend and bytecode compiler and runs it.
/// </summary>
public sealed class PythonRuntime
{
    public PythonRuntime(RuntimeOptions options, TextWriter output, TextWriter errorOutput)
    {
        Options = options;
        Output = output;
        ErrorOutput = errorOutput;
        Builtins = BuiltinModule.Create();
        Modules = new ModuleRegistry(this);
        Interpreter = new Interpreter(this);
    }

    public RuntimeOptions Options { get; }

    public TextWriter Output { get; }

    public TextWriter ErrorOutput { get; }

    /// <summary>What <c>input()</c> reads: nothing (end of file at once) unless the host connects standard input.</summary>
    public TextReader Input { get; set; } = TextReader.Null;

    /// <summary>Whether the program ended with a KeyboardInterrupt it did not catch (CPython then ends by SIGINT).</summary>
    public bool EndedByKeyboardInterrupt { get; internal set; }

    public PyDict Builtins { get; }

    /// <summary>Files opened for writing and not yet closed, flushed when the program ends as CPython's are.</summary>
    public List<PyFile> OpenFiles { get; } = [];

    /// <summary>The <c>builtins</c> module: what <c>import builtins</c> gives and <c>exec</c> stores as <c>__builtins__</c>.</summary>
    public PyModule BuiltinsModule => field ??= new PyModule("builtins", Builtins);

    public ModuleRegistry Modules { get; }

    public Interpreter Interpreter { get; }

    public SourceCache Sources { get; } = new();

    /// <summary>Parses, analyses and compiles a module; syntax errors surface as <see cref="Frontend.Diagnostics.PythonSyntaxError"/>.</summary>
    public CodeObject Compile(string source, string fileName, bool interactive = false, bool fromFile = false)
    {
        Sources.Add(fileName, source, fromFile);
        var module = Parser.ParseModule(source, fileName, fromFile);
        var scopes = ScopeAnalyzer.Analyze(module);
        var options = Options.Compiler with { Interactive = interactive, Warn = SyntaxWarningPrinter.For(this, fileName) };
        var code = PythonCompiler.CompileModule(module, scopes, fileName, options);
        if (Options.DumpBytecode)
        {
            Output.Flush();
            ErrorOutput.Write(Disassembler.DisassembleAll(code));
            ErrorOutput.Flush();
        }

        return code;
    }

    /// <summary>A module's namespace with the attributes the import system gives it; <paramref name="package"/> is null for <c>__main__</c>.</summary>
    public PyDict NewModuleGlobals(string name, string? fileName, string? package = null)
    {
        var globals = new PyDict();
        globals.SetItem("__name__", Value.FromString(name));
        globals.SetItem("__file__", fileName is null ? Value.None : Value.FromString(fileName));
        globals.SetItem("__package__", package is null ? Value.None : Value.FromString(package));
        return globals;
    }

    /// <summary>The namespace of <c>__main__</c> (a script or the REPL), which CPython starts with an empty <c>__annotations__</c>.</summary>
    public PyDict NewMainGlobals(string? fileName)
    {
        var globals = NewModuleGlobals("__main__", fileName);
        globals.SetItem("__annotations__", Value.FromObject(new PyDict()));
        return globals;
    }

    /// <summary>Reads a source file as CPython does: UTF-8, a BOM allowed.</summary>
    public static string ReadSource(string path) => File.ReadAllText(path, new UTF8Encoding(false));
}
