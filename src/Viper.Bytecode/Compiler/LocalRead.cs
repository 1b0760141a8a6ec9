using Viper.Frontend.Ast;

namespace Viper.Bytecode.Compiler;

/// <summary>A local's register read by an instruction, and the span of the name that read it.</summary>
public sealed record LocalRead(int Slot, SourceSpan Span);
