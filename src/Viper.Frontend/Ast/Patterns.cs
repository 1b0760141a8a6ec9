namespace Viper.Frontend.Ast;

public sealed record Match(Expr Subject, IReadOnlyList<MatchCase> Cases) : Stmt;

public sealed record MatchCase(Pattern Pattern, Expr? Guard, IReadOnlyList<Stmt> Body) : Node;

public abstract record Pattern : Node;

/// <summary>A literal or dotted-name value compared with <c>==</c>.</summary>
public sealed record MatchValue(Expr Value) : Pattern;

/// <summary><c>None</c>, <c>True</c> or <c>False</c>, compared with <c>is</c>; the expression is the literal node.</summary>
public sealed record MatchSingleton(Expr Value) : Pattern;

public sealed record MatchSequence(IReadOnlyList<Pattern> Patterns) : Pattern;

/// <summary><c>{k: p, **rest}</c>; <see cref="Rest"/> is the name bound to the remaining items.</summary>
public sealed record MatchMapping(IReadOnlyList<Expr> Keys, IReadOnlyList<Pattern> Patterns, string? Rest) : Pattern;

public sealed record MatchClass(Expr Cls, IReadOnlyList<Pattern> Patterns, IReadOnlyList<string> KwdAttrs, IReadOnlyList<Pattern> KwdPatterns) : Pattern;

/// <summary><c>*name</c> in a sequence pattern; a null name is <c>*_</c>.</summary>
public sealed record MatchStar(string? Name) : Pattern;

/// <summary><c>pattern as name</c>, a capture (<see cref="Pattern"/> null) or the wildcard <c>_</c> (both null).</summary>
public sealed record MatchAs(Pattern? Pattern, string? Name) : Pattern;

public sealed record MatchOr(IReadOnlyList<Pattern> Patterns) : Pattern;
