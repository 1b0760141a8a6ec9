namespace Viper.Bytecode.Code;

[Flags]
public enum CodeFlags
{
    None = 0,
    Module = 1,
    VarArgs = 2,
    VarKeywords = 4,
    Generator = 8,
    Interactive = 16,

    /// <summary>Reads the implicit <c>__class__</c> cell (zero-argument <c>super()</c>), which only the VM tracks.</summary>
    UsesClassCell = 32,
}
