using Viper.Bytecode.Compiler;

namespace Viper.Runtime.Hosting;

public sealed record RuntimeOptions
{
    public CompilerOptions Compiler { get; init; } = CompilerOptions.Default;

    /// <summary>Print the disassembly of every code object before it runs.</summary>
    public bool DumpBytecode { get; init; }

    /// <summary>The script's argv as <c>sys.argv</c> shows it; argv[0] is the script path.</summary>
    public IReadOnlyList<string> Argv { get; init; } = [""];
}
