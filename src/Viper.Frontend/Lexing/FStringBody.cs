namespace Viper.Frontend.Lexing;

/// <summary>
/// The undecoded text between the quotes of an f-string. As in CPython 3.11 the tokenizer reads an
/// f-string like any other string and the parser splits it into literal parts and fields; the
/// body's position lets the parser give field expressions their true source spans.
/// </summary>
public sealed record FStringBody(string Text, bool IsRaw, int Line, int Column);
