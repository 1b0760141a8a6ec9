namespace Viper.Frontend.Diagnostics;

/// <summary>
/// A program nested too deeply to compile. CPython reports these without a location:
/// <c>RecursionError: maximum recursion depth exceeded during compilation</c> from its symbol
/// table pass, or a bare <c>MemoryError</c> when its parser's stack overflows.
/// </summary>
public sealed class CompilationLimitError(string typeName, string message) : Exception(message)
{
    public string TypeName { get; } = typeName;

    /// <summary>The line CPython prints for it: the type name, and the message when there is one.</summary>
    public string Describe() => Message.Length == 0 ? TypeName : $"{TypeName}: {Message}";

    public static CompilationLimitError CompilerRecursion() =>
        new("RecursionError", "maximum recursion depth exceeded during compilation");

    public static CompilationLimitError ParserStackOverflow() => new("MemoryError", "");
}
