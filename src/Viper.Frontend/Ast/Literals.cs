using System.Numerics;

namespace Viper.Frontend.Ast;

/// <summary>An integer literal; the parser keeps every literal exact, however large.</summary>
public sealed record IntLiteral(BigInteger Value) : Expr;

public sealed record FloatLiteral(double Value) : Expr;

/// <summary>An imaginary literal such as <c>3j</c>; <see cref="Value"/> is the imaginary part.</summary>
public sealed record ImaginaryLiteral(double Value) : Expr;

/// <summary>A string literal after escape processing; adjacent literals are already concatenated.</summary>
public sealed record StrLiteral(string Value) : Expr;

public sealed record BytesLiteral(byte[] Value) : Expr;

public sealed record BoolLiteral(bool Value) : Expr;

public sealed record NoneLiteral : Expr;

public sealed record EllipsisLiteral : Expr;

/// <summary>An f-string: literal <see cref="StrLiteral"/> parts and <see cref="FormattedValue"/> parts in order.</summary>
public sealed record JoinedStr(IReadOnlyList<Expr> Parts) : Expr;

/// <summary>
/// One <c>{...}</c> field of an f-string. <see cref="Conversion"/> is 's', 'r', 'a' or '\0' for none;
/// <see cref="FormatSpec"/> is itself a <see cref="JoinedStr"/> because specs may nest fields.
/// For <c>{x=}</c> the parser emits the literal text <c>x=</c> before this node and sets conversion 'r'
/// when no conversion or spec was given, as CPython does.
/// </summary>
public sealed record FormattedValue(Expr Value, char Conversion, JoinedStr? FormatSpec) : Expr;
