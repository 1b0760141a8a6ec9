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

    /// <summary>
    /// Calls zero-argument <c>super()</c>, which finds its class and first argument through the frame
    /// running it. Reading <c>__class__</c> by name needs only the function (LOAD_CLASS_CELL).
    /// </summary>
    CallsSuper = 32,

    /// <summary>
    /// Reads the class cell, through <c>super()</c> or the name <c>__class__</c>: CPython lists
    /// <c>__class__</c> among such code's free variables, Viper keeps it out of the closure.
    /// </summary>
    ReadsClassCell = 64,
}
