namespace Viper.Frontend.Lexing;

/// <summary>An invalid escape sequence; the caller turns it into a positioned syntax error.</summary>
public sealed class StringDecodingException(string message) : Exception(message);
