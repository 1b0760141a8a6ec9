namespace Viper.Frontend.Ast;

public sealed record Name(string Id) : Expr;

public sealed record BinOp(Expr Left, BinaryOperator Op, Expr Right) : Expr;

public sealed record UnaryOp(UnaryOperator Op, Expr Operand) : Expr;

/// <summary><c>a and b and c</c> is one node with three values, as in CPython's AST.</summary>
public sealed record BoolOp(BoolOperator Op, IReadOnlyList<Expr> Values) : Expr;

/// <summary><c>a &lt; b &lt;= c</c>: one left operand, then parallel lists of operators and right operands.</summary>
/// <remarks>The operators in an array, not a list: ReadyToRun cannot precompile a List over an enum, and every program's first comparison JIT-compiled its methods.</remarks>
public sealed record Compare(Expr Left, CompareOperator[] Ops, IReadOnlyList<Expr> Comparators) : Expr;

/// <summary>A keyword argument; <see cref="Arg"/> is null for <c>**mapping</c>.</summary>
public sealed record Keyword(string? Arg, Expr Value) : Node;

/// <summary>A call; <see cref="Args"/> may contain <see cref="Starred"/> for <c>*iterable</c>.</summary>
public sealed record Call(Expr Func, IReadOnlyList<Expr> Args, IReadOnlyList<Keyword> Keywords) : Expr;

public sealed record Attribute(Expr Value, string Attr) : Expr;

/// <summary><c>value[index]</c>; a slice or a tuple of slices appears as <see cref="Slice"/>/<see cref="TupleExpr"/>.</summary>
public sealed record Subscript(Expr Value, Expr Index) : Expr;

public sealed record Slice(Expr? Lower, Expr? Upper, Expr? Step) : Expr;

public sealed record Starred(Expr Value) : Expr;

public sealed record ListExpr(IReadOnlyList<Expr> Elements) : Expr;

public sealed record TupleExpr(IReadOnlyList<Expr> Elements) : Expr;

public sealed record SetExpr(IReadOnlyList<Expr> Elements) : Expr;

/// <summary>A dict display; a null key marks <c>**mapping</c> unpacking of the matching value.</summary>
public sealed record DictExpr(IReadOnlyList<Expr?> Keys, IReadOnlyList<Expr> Values) : Expr;

public sealed record Comprehension(Expr Target, Expr Iter, IReadOnlyList<Expr> Ifs, bool IsAsync) : Node;

public sealed record ListComp(Expr Element, IReadOnlyList<Comprehension> Generators) : Expr;

public sealed record SetComp(Expr Element, IReadOnlyList<Comprehension> Generators) : Expr;

public sealed record GeneratorExp(Expr Element, IReadOnlyList<Comprehension> Generators) : Expr;

public sealed record DictComp(Expr Key, Expr Value, IReadOnlyList<Comprehension> Generators) : Expr;

/// <summary><c>body if test else orElse</c>.</summary>
public sealed record IfExp(Expr Test, Expr Body, Expr OrElse) : Expr;

public sealed record Lambda(Arguments Args, Expr Body) : Expr;

/// <summary>The walrus <c>target := value</c>.</summary>
public sealed record NamedExpr(Name Target, Expr Value) : Expr;

public sealed record Yield(Expr? Value) : Expr;

public sealed record YieldFrom(Expr Value) : Expr;

public sealed record Await(Expr Value) : Expr;
