namespace Viper.Frontend.Lexing;

/// <summary>
/// A bracket the lexer has seen open and not yet closed, with where it opened. A class, so the
/// lexer's list of them shares the framework's precompiled code for references instead of
/// JIT-compiling a list of this struct at every start.
/// </summary>
internal sealed record OpenBracket(char Open, int Line, int Column);
