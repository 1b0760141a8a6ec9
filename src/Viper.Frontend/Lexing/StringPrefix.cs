namespace Viper.Frontend.Lexing;

/// <summary>The letters before a string's opening quote (Python reference §2.4.1), any case, any order.</summary>
[Flags]
public enum StringPrefix
{
    None = 0,
    Raw = 1,
    Bytes = 2,
    Formatted = 4,
    Unicode = 8,
    Invalid = 16,
}
