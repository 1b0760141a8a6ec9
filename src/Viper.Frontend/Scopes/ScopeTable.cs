using Viper.Frontend.Ast;

namespace Viper.Frontend.Scopes;

/// <summary>
/// Scopes keyed by the node that opens them: <see cref="Module"/>, <see cref="FunctionDef"/>,
/// <see cref="Lambda"/>, <see cref="ClassDef"/>, and the comprehension nodes
/// (<see cref="ListComp"/>, <see cref="SetComp"/>, <see cref="DictComp"/>, <see cref="GeneratorExp"/>).
/// </summary>
public sealed class ScopeTable
{
    private readonly Dictionary<Node, Scope> _scopes = new(ReferenceEqualityComparer.Instance);

    public required Scope ModuleScope { get; init; }

    /// <summary>What the module's <c>from __future__ import</c> statements turn on.</summary>
    public FutureFeatures Future { get; init; } = FutureFeatures.None;

    public void Add(Scope scope) => _scopes.Add(scope.Node, scope);

    public Scope this[Node node] => _scopes[node];
}
