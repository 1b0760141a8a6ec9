namespace Viper.Frontend.Ast;

/// <summary>
/// Base of every syntax tree node. Nodes are records for readable dumps in tests; code that keys
/// tables by node (scope analysis, the compiler) uses <see cref="ReferenceEqualityComparer"/>.
/// </summary>
public abstract record Node
{
    public SourceSpan Span { get; init; }
}

public abstract record Expr : Node;

public abstract record Stmt : Node;

public sealed record Module(IReadOnlyList<Stmt> Body) : Node;
