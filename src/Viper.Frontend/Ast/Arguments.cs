namespace Viper.Frontend.Ast;

public sealed record Arg(string Name, Expr? Annotation) : Node;

/// <summary>
/// A parameter list, shaped as CPython's <c>ast.arguments</c>: <see cref="Defaults"/> belong to the
/// last positional parameters (positional-only ones included); <see cref="KwDefaults"/> is parallel to
/// <see cref="KwOnlyArgs"/> with null where a keyword-only parameter has no default.
/// </summary>
public sealed record Arguments(
    IReadOnlyList<Arg> PosOnlyArgs,
    IReadOnlyList<Arg> Args,
    Arg? VarArg,
    IReadOnlyList<Arg> KwOnlyArgs,
    IReadOnlyList<Expr?> KwDefaults,
    Arg? KwArg,
    IReadOnlyList<Expr> Defaults) : Node
{
    public static Arguments Empty { get; } = new([], [], null, [], [], null, []);
}
