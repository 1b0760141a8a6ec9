namespace Viper.Frontend.Ast;

public sealed record ExprStmt(Expr Value) : Stmt;

/// <summary><c>a = b = value</c> has two targets.</summary>
public sealed record Assign(IReadOnlyList<Expr> Targets, Expr Value) : Stmt;

public sealed record AugAssign(Expr Target, BinaryOperator Op, Expr Value) : Stmt;

/// <summary><c>target: annotation [= value]</c>; <see cref="Simple"/> is true for a bare name not in parentheses.</summary>
public sealed record AnnAssign(Expr Target, Expr Annotation, Expr? Value, bool Simple) : Stmt;

public sealed record Pass : Stmt;

public sealed record Break : Stmt;

public sealed record Continue : Stmt;

public sealed record Return(Expr? Value) : Stmt;

public sealed record Delete(IReadOnlyList<Expr> Targets) : Stmt;

/// <summary>An <c>if</c>; <c>elif</c> chains nest as a single <see cref="If"/> in <see cref="OrElse"/>.</summary>
public sealed record If(Expr Test, IReadOnlyList<Stmt> Body, IReadOnlyList<Stmt> OrElse) : Stmt;

public sealed record While(Expr Test, IReadOnlyList<Stmt> Body, IReadOnlyList<Stmt> OrElse) : Stmt;

public sealed record For(Expr Target, Expr Iter, IReadOnlyList<Stmt> Body, IReadOnlyList<Stmt> OrElse, bool IsAsync) : Stmt;

/// <summary>A def; <see cref="Name"/> is its <c>__name__</c>, <see cref="BoundName"/> the variable it binds (mangled if private).</summary>
public sealed record FunctionDef(
    string Name,
    Arguments Args,
    IReadOnlyList<Stmt> Body,
    IReadOnlyList<Expr> Decorators,
    Expr? Returns,
    bool IsAsync) : Stmt
{
    public string BoundName { get; init; } = Name;
}

/// <summary>A class statement; <see cref="Name"/> is its <c>__name__</c>, <see cref="BoundName"/> the variable it binds (mangled if private).</summary>
public sealed record ClassDef(
    string Name,
    IReadOnlyList<Expr> Bases,
    IReadOnlyList<Keyword> Keywords,
    IReadOnlyList<Stmt> Body,
    IReadOnlyList<Expr> Decorators) : Stmt
{
    public string BoundName { get; init; } = Name;
}

public sealed record Global(IReadOnlyList<string> Names) : Stmt;

public sealed record Nonlocal(IReadOnlyList<string> Names) : Stmt;

public sealed record Raise(Expr? Exception, Expr? Cause) : Stmt;

public sealed record ExceptHandler(Expr? Type, string? Name, IReadOnlyList<Stmt> Body) : Node;

public sealed record Try(
    IReadOnlyList<Stmt> Body,
    IReadOnlyList<ExceptHandler> Handlers,
    IReadOnlyList<Stmt> OrElse,
    IReadOnlyList<Stmt> FinalBody,
    bool IsStar) : Stmt;

public sealed record WithItem(Expr Context, Expr? OptionalVars) : Node;

public sealed record With(IReadOnlyList<WithItem> Items, IReadOnlyList<Stmt> Body, bool IsAsync) : Stmt;

public sealed record Assert(Expr Test, Expr? Message) : Stmt;

/// <summary><c>import a.b as c</c>: <see cref="Name"/> is the dotted name, <see cref="AsName"/> the alias.</summary>
public sealed record Alias(string Name, string? AsName) : Node;

public sealed record Import(IReadOnlyList<Alias> Names) : Stmt;

/// <summary><c>from .mod import x</c>; <see cref="Module"/> is null for <c>from . import x</c>; a single alias named <c>*</c> is a star import.</summary>
public sealed record ImportFrom(string? Module, IReadOnlyList<Alias> Names, int Level) : Stmt;
