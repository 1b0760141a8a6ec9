using Viper.Frontend.Ast;

namespace Viper.Frontend.Lexing;

/// <summary>
/// One token. <see cref="Text"/> is the source text (the identifier for names, the operator for
/// operators, empty for layout tokens); <see cref="Value"/> carries literal values: a
/// <see cref="System.Numerics.BigInteger"/> for <see cref="TokenKind.Int"/>, a <see cref="double"/> for
/// <see cref="TokenKind.Float"/> and <see cref="TokenKind.Imaginary"/>, a <see cref="string"/> for
/// <see cref="TokenKind.String"/>, a <see cref="byte"/> array for <see cref="TokenKind.Bytes"/> and an
/// <see cref="FStringBody"/> for <see cref="TokenKind.FString"/>; on <see cref="TokenKind.EndOfFile"/>, the
/// innermost bracket the input left open, if any.
/// </summary>
public sealed record Token(TokenKind Kind, string Text, object? Value, SourceSpan Span)
{
    public override string ToString() => Value is null ? $"{Kind} '{Text}'" : $"{Kind} {Value}";
}
