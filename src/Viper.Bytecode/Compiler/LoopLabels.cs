namespace Viper.Bytecode.Compiler;

/// <summary>Where <c>break</c> and <c>continue</c> jump inside the innermost loop being compiled.</summary>
internal readonly record struct LoopLabels(int Break, int Continue);
