namespace Viper.Bytecode.Compiler;

/// <summary>Before assembly, the exception handler an instruction belongs to: where it jumps and the slot that receives the exception.</summary>
public sealed record HandlerLabel(int Label, int Slot);
