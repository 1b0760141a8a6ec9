using Viper.Frontend.Ast;

namespace Viper.Bytecode.Compiler;

public sealed record CompilerOptions
{
    public static CompilerOptions Default { get; } = new();

    /// <summary>Run the peephole pass (superinstructions, constant folding, jump threading).</summary>
    public bool Optimize { get; init; } = true;

    /// <summary>REPL input: top-level expression statements print their value.</summary>
    public bool Interactive { get; init; }

    /// <summary>
    /// Code for <c>exec</c> and <c>eval</c>: the top level reads, writes and deletes its names through the
    /// frame's locals mapping, which may differ from its globals, as a class body does.
    /// </summary>
    public bool NamesInNamespace { get; init; }

    /// <summary>Where the compiler reports a SyntaxWarning (<c>x is 1</c>): the construct's span and the message. Null drops them.</summary>
    public Action<SourceSpan, string>? Warn { get; init; }
}
