namespace Viper.Bytecode.Code;

/// <summary>
/// One row of a code object's exception table: an exception raised by an instruction in
/// <c>[Start, End)</c> is stored in slot <see cref="Slot"/> and execution continues at
/// <see cref="Target"/>. Rows never overlap; each instruction belongs to its innermost handler.
/// Nothing runs on entering or leaving a protected range, so a try block costs nothing until
/// something is raised.
/// </summary>
public sealed record ExceptionTableEntry(int Start, int End, int Target, int Slot)
{
    public bool Covers(int offset) => offset >= Start && offset < End;
}
