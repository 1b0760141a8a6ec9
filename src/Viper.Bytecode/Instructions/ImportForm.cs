namespace Viper.Bytecode.Instructions;

/// <summary>
/// The <see cref="OperandKind.ImportForm"/> operand of <c>IMPORT_NAME</c>: how many leading dots
/// the import had, and whether it wants the named module itself (<c>import a.b as m</c>, every
/// <c>from</c> import) rather than its top-level package (<c>import a.b</c> binds <c>a</c>).
/// </summary>
public static class ImportForm
{
    public static int Pack(int level, bool wantsLeaf) => (level << 1) | (wantsLeaf ? 1 : 0);

    public static int Level(int form) => form >> 1;

    public static bool WantsLeaf(int form) => (form & 1) != 0;

    public static string Describe(int form) =>
        (Level(form) == 0 ? "" : $"level {Level(form)} ") + (WantsLeaf(form) ? "leaf" : "top");
}
