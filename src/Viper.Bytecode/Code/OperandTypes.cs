namespace Viper.Bytecode.Code;

/// <summary>
/// The operand types the VM has seen at one arithmetic or compare instruction, recorded for the
/// JIT tier to specialize on (an instruction that only ever saw ints compiles to <c>long</c> math).
/// </summary>
[Flags]
public enum OperandTypes : byte
{
    None = 0,
    Int = 1,
    Float = 2,
    Other = 4,
}
